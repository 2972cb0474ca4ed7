// The Preview tool's header, with a word on what to start when the draft preview server is down:
// without it the frame shows only the browser's "Unable to connect".
import { Card, Stack, Text } from '@sanity/ui';
import { useEffect, useState } from 'react';
import type { PreviewHeaderProps } from 'sanity/presentation';

const RETRY_MS = 10_000;

/** What the Studio says when nothing answers at the preview server's address. */
export const previewServerNotice = (origin: string) =>
  `The preview server is not running at ${origin}, so the preview stays empty. ` +
  'Start it with `npm run preview:drafts` in the website project (or ask the web team); this page picks it up by itself.';

/** Whether anything answers at `origin`; an opaque answer counts, only a failed connection does not. */
export async function previewServerAnswers(origin: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    await fetcher(origin, { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The last answer per preview address. Sanity mounts the header again when the frame's address
 * changes: it starts from what is known, so the notice does not vanish and come back.
 */
const lastKnown = new Map<string, boolean>();

/** Whether the preview server at `origin` is down now; remembered for the next mount. */
export async function checkPreviewServer(origin: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  const down = !(await previewServerAnswers(origin, fetcher));
  lastKnown.set(origin, down);
  return down;
}

/** What the last check at `origin` found: down or not (not, before any check). */
export const knownDown = (origin: string): boolean => lastKnown.get(origin) ?? false;

/** The header component for the Presentation tool, checking the preview server as it shows. */
export function previewHeader(origin: string) {
  function PreviewHeader(props: PreviewHeaderProps) {
    const [down, setDown] = useState(() => knownDown(origin));
    useEffect(() => {
      let current = true;
      const check = () => void checkPreviewServer(origin).then((isDown) => current && setDown(isDown));
      check();
      const timer = setInterval(check, RETRY_MS);
      return () => {
        current = false;
        clearInterval(timer);
      };
    }, []);
    return (
      <Stack>
        {props.renderDefault(props)}
        {down && (
          <Card padding={3} tone="caution" role="status" borderBottom>
            <Text size={1}>{previewServerNotice(origin)}</Text>
          </Card>
        )}
      </Stack>
    );
  }
  return PreviewHeader;
}
