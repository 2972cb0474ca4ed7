// The "Site status" tool: what the publisher has live, whether it is building, and what to fix.
import { Box, Button, Card, Container, Flex, Heading, Spinner, Stack, Text, TextInput } from '@sanity/ui';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useClient, useSchema } from 'sanity';
import { IntentLink } from 'sanity/router';
import { API_VERSION } from '../../api-version';
import { documentsToFix, labelDocuments, type LabelledType, type Load, notice, type PublisherStatus, summarise } from './model';

const TOKEN_KEY = 'mva.publisherStatusToken';
const POLL_MS = 10_000;

const LABELS = { positive: 'Live', caution: 'Building', critical: 'Failed', default: 'Starting' } as const;

export function SiteStatusTool({ publisherUrl }: { publisherUrl: string | undefined }) {
  const [token, setToken] = useState(() => globalThis.localStorage?.getItem(TOKEN_KEY) ?? '');
  const [draft, setDraft] = useState('');
  const [load, setLoad] = useState<Load>(publisherUrl ? { kind: 'loading' } : { kind: 'unconfigured' });

  const refresh = useCallback(async () => {
    if (!publisherUrl) return;
    try {
      const response = await fetch(new URL('/status', publisherUrl), { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
      if (response.status === 401) return setLoad({ kind: 'unauthorised', tried: token !== '' });
      if (!response.ok) return setLoad({ kind: 'http', status: response.status });
      setLoad({ kind: 'ok', status: (await response.json()) as PublisherStatus });
    } catch {
      setLoad({ kind: 'unreachable' });
    }
  }, [publisherUrl, token]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  // A form, so Enter saves the key as the button does.
  const saveToken = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    globalThis.localStorage?.setItem(TOKEN_KEY, draft);
    setToken(draft);
    setDraft('');
  };

  const said = load.kind === 'ok' ? undefined : notice(load);
  return (
    <Container width={2} padding={4}>
      <Stack gap={4}>
        <Heading as="h1" size={2}>Site status</Heading>
        {said && (
          <Card padding={3} tone={said.tone} radius={2} border role={said.tone === 'critical' ? 'alert' : 'status'}>
            <Stack gap={3}>
              <Flex align="center" gap={2}>
                {load.kind === 'loading' && <Spinner muted />}
                <Text weight="semibold">{said.headline}</Text>
              </Flex>
              {said.detail && <Text size={1}>{said.detail}</Text>}
              {load.kind === 'unauthorised' && (
                <form onSubmit={saveToken}>
                  <Flex gap={2}>
                    <Box flex={1}>
                      <TextInput type="password" aria-label="Status key" value={draft} onChange={(event) => setDraft(event.currentTarget.value)} />
                    </Box>
                    <Button type="submit" text="Save" tone="primary" disabled={!draft} />
                  </Flex>
                </form>
              )}
            </Stack>
          </Card>
        )}
        {load.kind === 'ok' && <StatusView status={load.status} />}
      </Stack>
    </Container>
  );
}

/** Titles of the documents a failure names, by id; empty until they are read. */
function useTitles(ids: string[]): Map<string, string> {
  const client = useClient({ apiVersion: API_VERSION });
  const [titles, setTitles] = useState(new Map<string, string>());
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    client
      .fetch<{ _id: string; title?: string }[]>('*[_id in $ids]{_id, "title": coalesce(title, name, from)}', { ids: key.split(',') })
      .then((rows) => current && setTitles(new Map(rows.flatMap((row) => (row.title ? [[row._id, row.title] as const] : [])))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, key]);
  return titles;
}

function StatusView({ status }: { status: PublisherStatus }) {
  const summary = summarise(status, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const schema = useSchema();
  const titles = useTitles(documentsToFix(status).map((doc) => doc.id));
  const documents = labelDocuments(status, titles, (name) => schema.get(name) as LabelledType | undefined);
  return (
    <Stack gap={4}>
      <Card padding={4} radius={2} tone={summary.tone} border>
        <Stack gap={3}>
          <Flex align="center" gap={3}>
            {/* Text on the card's own tone, not a badge: the badge's red on pink measured 4.38:1. */}
            <Card padding={2} radius={2} border tone={summary.tone}>
              <Text size={1} weight="bold">{LABELS[summary.tone]}</Text>
            </Card>
            <Text weight="semibold">{summary.headline}</Text>
          </Flex>
          {summary.facts.map((fact) => (
            <Text key={fact} size={1} muted>{fact}</Text>
          ))}
        </Stack>
      </Card>
      {documents.length > 0 && (
        <Stack gap={3}>
          <Heading as="h2" size={1}>Documents to fix</Heading>
          {documents.map((doc) => (
            <Card key={doc.id} padding={3} radius={2} border tone="critical">
              <Stack gap={2}>
                <Text weight="semibold">
                  <IntentLink intent="edit" params={{ id: doc.id, type: doc.type }}>{doc.label}</IntentLink>
                </Text>
                {doc.problems.map((problem) => (
                  <Text key={problem} size={1}>{problem}</Text>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {status.lastFailure && documents.length === 0 && status.lastFailure.output && (
        <Card padding={3} radius={2} border overflow="auto">
          <Box as="pre" style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>{status.lastFailure.output}</Box>
        </Card>
      )}
    </Stack>
  );
}
