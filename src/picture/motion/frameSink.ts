/** Where a motion picture's frames go as they are drawn: an encoder that writes the file. */

/** The file a sink wrote. */
export interface EncodedFile {
  blob: Blob;
  extension: 'mp4' | 'webm' | 'gif';
  /** The codec, as the export options name it: H.264, VP9, GIF. */
  codec: string;
}

export interface FrameSink {
  /** Takes the canvas's pixels as frame `index`; resolves when the sink is ready for the next. */
  add(canvas: HTMLCanvasElement, index: number): Promise<void>;
  /** Writes the file once every frame is in. */
  finish(): Promise<EncodedFile>;
  /** Stops at once and gives back what the encoder held; nothing is written. */
  cancel(): Promise<void>;
}
