/**
 * Where the canvas of each open journey was last looked at (pan and zoom), so
 * that switching tabs brings a journey back as it was left instead of fitting
 * it to the window again. Page memory only: a reload fits every journey anew.
 */
import type { Viewport } from '@xyflow/react';

const viewports = new Map<string, Viewport>();

export function rememberViewport(docId: string, viewport: Viewport): void {
  viewports.set(docId, { ...viewport });
}

/** The viewport the journey was left at, if it was moved since it was opened. */
export function rememberedViewport(docId: string): Viewport | undefined {
  return viewports.get(docId);
}

export function forgetViewport(docId: string): void {
  viewports.delete(docId);
}
