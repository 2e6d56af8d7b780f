// A healthy Node tls server in its own process (argv: key file, cert file), so the fuzz server's work in the
// harness process never slows it: a healthy target's facts may change only because of the CLI under test.
// Prints its port on stdout.
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

const [keyFile, certFile] = process.argv.slice(2);
const server = tls.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) });
server.on('tlsClientError', () => undefined);
server.on('secureConnection', (socket) => {
  socket.on('error', () => undefined);
  socket.end();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : 0);
});
process.on('SIGTERM', () => process.exit(0));
