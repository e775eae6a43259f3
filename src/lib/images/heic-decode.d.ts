/** heic-decode ships no types; only what decode.ts uses. */
declare module 'heic-decode' {
  interface Decoded {
    width: number;
    height: number;
    /** RGBA, 8 bits a channel, with the file's irot/imir already applied. */
    data: Uint8ClampedArray;
  }
  function decode(input: { buffer: Uint8Array }): Promise<Decoded>;
  export default decode;
}
