// The "Site status" tool: what the publisher has live, whether it is building, and what to fix.
import { Badge, Box, Button, Card, Container, Flex, Heading, Stack, Text, TextInput } from '@sanity/ui';
import { useCallback, useEffect, useState } from 'react';
import { IntentLink } from 'sanity/router';
import { documentsToFix, type PublisherStatus, summarise } from './model';

const TOKEN_KEY = 'mva.publisherStatusToken';
const POLL_MS = 10_000;

type Load = { kind: 'loading' } | { kind: 'ok'; status: PublisherStatus } | { kind: 'unauthorised' } | { kind: 'error'; message: string };

const BADGES = { positive: 'Live', caution: 'Building', critical: 'Failed', default: 'Starting' } as const;

export function SiteStatusTool({ publisherUrl }: { publisherUrl: string | undefined }) {
  const [token, setToken] = useState(() => globalThis.localStorage?.getItem(TOKEN_KEY) ?? '');
  const [draft, setDraft] = useState('');
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    if (!publisherUrl) return;
    try {
      const response = await fetch(new URL('/status', publisherUrl), { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
      if (response.status === 401) return setLoad({ kind: 'unauthorised' });
      if (!response.ok) return setLoad({ kind: 'error', message: `The publisher answered HTTP ${response.status}` });
      setLoad({ kind: 'ok', status: (await response.json()) as PublisherStatus });
    } catch (error) {
      setLoad({ kind: 'error', message: `Can't reach the publisher at ${publisherUrl}: ${(error as Error).message}` });
    }
  }, [publisherUrl, token]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const saveToken = () => {
    globalThis.localStorage?.setItem(TOKEN_KEY, draft);
    setToken(draft);
    setDraft('');
  };

  return (
    <Container width={2} padding={4}>
      <Stack gap={4}>
        <Heading as="h1" size={2}>Site status</Heading>
        {!publisherUrl && (
          <Card padding={3} tone="caution" radius={2}>
            <Text>No publisher is configured: set SANITY_STUDIO_PUBLISHER_URL when building the Studio.</Text>
          </Card>
        )}
        {publisherUrl && load.kind === 'unauthorised' && (
          <Card padding={3} tone="caution" radius={2}>
            <Stack gap={3}>
              <Text>Enter the status token (PUBLISHER_STATUS_TOKEN) once; this browser keeps it.</Text>
              <Flex gap={2}>
                <Box flex={1}>
                  <TextInput type="password" aria-label="Status token" value={draft} onChange={(event) => setDraft(event.currentTarget.value)} />
                </Box>
                <Button text="Save" tone="primary" onClick={saveToken} disabled={!draft} />
              </Flex>
            </Stack>
          </Card>
        )}
        {load.kind === 'error' && (
          <Card padding={3} tone="critical" radius={2}>
            <Text>{load.message}</Text>
          </Card>
        )}
        {load.kind === 'ok' && <StatusView status={load.status} />}
      </Stack>
    </Container>
  );
}

function StatusView({ status }: { status: PublisherStatus }) {
  const summary = summarise(status, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const documents = documentsToFix(status);
  return (
    <Stack gap={4}>
      <Card padding={4} radius={2} tone={summary.tone} border>
        <Stack gap={3}>
          <Flex align="center" gap={3}>
            <Badge tone={summary.tone}>{BADGES[summary.tone]}</Badge>
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
                  <IntentLink intent="edit" params={{ id: doc.id, type: doc.type }}>{doc.type} {doc.id}</IntentLink>
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
