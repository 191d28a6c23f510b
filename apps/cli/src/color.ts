// Colour only where a person reads it: on a terminal, unless NO_COLOR is set,
// or when FORCE_COLOR asks for it. (picocolors' own default also turns colour
// on whenever CI is set, which would put escape codes into piped data.)
import pc from 'picocolors';

export function colorsFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
) {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const enabled = !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && (forced || Boolean(stream.isTTY));
  return pc.createColors(enabled);
}
