// PEM to DER, forgiving of what environment variables do to PEM files.
import { base64ToBytes } from './base64.js';

/** The label and DER bytes of a PEM block, or `undefined` when `text` holds none. */
export function parsePem(text: string): { label: string; der: Uint8Array<ArrayBuffer> } | undefined {
  // A PEM pasted into an environment variable often arrives with literal `\n`
  // sequences and surrounding quotes instead of line breaks.
  const normalized = text.replace(/\\r|\\n/g, '\n').replace(/^["']|["']$/g, '');
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(normalized);
  if (!match) return undefined;
  const der = base64ToBytes(match[2] ?? '');
  return der ? { label: match[1] ?? '', der } : undefined;
}

/** PEM text of DER bytes, 64 characters a line. */
export function toPem(label: string, base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
