// An unexpected console.error is a bug the test did not see: fail loudly (epic-stack's rule).
const original = console.error
beforeEach(() => {
  console.error = (...args: unknown[]) => {
    original(...args)
    throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 300)}`)
  }
})
afterEach(() => {
  console.error = original
})
