/** Messages between the auth preview panel and its worker. */
import type { Principal } from '../../core/auth/principal';
import type { AuthPreview } from '../../core/auth/preview-types';

export interface PreviewRequest {
  seq: number;
  text: string;
  fileName: string;
  principal?: Principal;
}

export type PreviewReply = { seq: number; preview: AuthPreview; ms: number } | { seq: number; error: string };
