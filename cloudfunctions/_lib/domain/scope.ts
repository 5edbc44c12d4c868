/** An officer acts for their own org and every org below it, nothing else. */
export function orgPath(ancestorsRootFirst: string[]): string {
  return `/${ancestorsRootFirst.join('/')}/`
}

export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean)
}

/** True when `targetPath` is `officerOrgId` or lies below it. */
export function inScope(officerOrgId: string, targetPath: string): boolean {
  return targetPath.includes(`/${officerOrgId}/`)
}
