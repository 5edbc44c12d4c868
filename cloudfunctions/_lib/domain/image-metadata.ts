/**
 * Evidence photos lose their metadata before they are stored, whatever the phone did: a photo that the phone
 * failed to compress still carries GPS coordinates, the device model, capture times and thumbnails, and an
 * officer (or whoever an officer forwards it to) must not be able to locate or identify the worker by them.
 * The pixels are never re-encoded: metadata blocks are cut out and the image data is copied byte for byte.
 * A file too damaged to walk is refused, never stored as it came or half-stripped.
 */
import type { ImageType } from './image-type'
import type { Stripped } from './image-metadata/bytes'
import { stripJpeg } from './image-metadata/jpeg'
import { stripPng } from './image-metadata/png'
import { stripWebp } from './image-metadata/webp'

export type { Stripped }

const STRIPPERS: Record<ImageType, (bytes: Uint8Array) => Stripped> = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
}

/** `bytes` (already sniffed as `type`) without metadata, or the reason it is not a well-formed image. */
export function stripImageMetadata(bytes: Uint8Array, type: ImageType): Stripped {
  return STRIPPERS[type](bytes)
}
