// The lake's TLS certificate: made once with openssl on first start, then kept, so a browser that
// accepted it once keeps accepting it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
  /** The certificate file, for NODE_EXTRA_CA_CERTS of the processes that call the lake */
  certFile: string;
  created: boolean;
}

/** Names the certificate covers: the Studio's address and the API's (the project as subdomain). */
export const CERT_NAMES = ['localhost', '*.localhost', 'local.localhost', '127.0.0.1'];

export function loadOrCreateCertificate(dir: string): Certificate {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  let created = false;
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dir, { recursive: true });
    const san = CERT_NAMES.map((name) => (/^\d/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825',
        '-keyout', keyFile, '-out', certFile,
        '-subj', '/CN=localhost/O=MVA local Content Lake',
        '-addext', `subjectAltName=${san}`,
        '-addext', 'basicConstraints=critical,CA:TRUE',
      ], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`Could not make the lake's TLS certificate with openssl (install it, e.g. apt-get install openssl): ${(error as Error).message}`);
    }
    created = true;
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile, created };
}
