/** Whether bytes are gzip, told by the magic number rather than a name: a server may already have unpacked them. */

/** gzip members start with 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
