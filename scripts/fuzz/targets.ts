// The healthy targets of the campaign: a Node tls server and a private nginx (openssl s_server when nginx is
// not installed), with certificates made now, each in its own process. nginx is also where the real flights
// are captured from.
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cleanupTempDirs,
  nginxBinary,
  selfSigned,
  startNginx,
  startOpensslServer,
  type KeyPair,
  type RunningServer
} from '../../__tests__/helpers/servers.js';
import { onInterrupt } from './cleanup.js';

async function startNodeServerProcess(key: KeyPair): Promise<RunningServer> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'healthy-node-server.js');
  const child = spawn(process.execPath, [script, key.keyFile, key.certFile], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString('utf8').trim())));
    child.once('exit', (code) => reject(new Error(`the healthy Node tls server exited with ${code}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })
  };
}

export interface HealthyTargets {
  /** host:port of each healthy target. */
  targets: string[];
  /** The port real flights are captured from. */
  capturePort: number;
  captureFrom: string;
  /** DER of a real leaf (CN and SAN "localhost"), the base of the certificate mutations. */
  leaf: Buffer;
  stop(): Promise<void>;
}

export async function startHealthyTargets(): Promise<HealthyTargets> {
  const rsa = selfSigned({ key: 'rsa' });
  const ec = selfSigned({ key: 'ec' });
  const node = await startNodeServerProcess(ec);
  let real: RunningServer;
  let captureFrom: string;
  if (nginxBinary()) {
    real = await startNginx({ key: rsa, protocols: 'TLSv1.2 TLSv1.3' });
    captureFrom = 'nginx';
  } else {
    real = await startOpensslServer({ key: rsa });
    captureFrom = 'openssl s_server (nginx is not installed)';
  }
  onInterrupt(() => {
    void node.stop();
    void real.stop();
    cleanupTempDirs();
  });
  return {
    targets: [`127.0.0.1:${node.port}`, `127.0.0.1:${real.port}`],
    capturePort: real.port,
    captureFrom,
    leaf: Buffer.from(new X509Certificate(rsa.certPem).raw),
    stop: async () => {
      await Promise.all([node.stop(), real.stop()]);
      cleanupTempDirs();
    }
  };
}
