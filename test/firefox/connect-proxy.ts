/**
 * A CONNECT proxy that tunnels every host to the simulator: Firefox has no
 * `--host-resolver-rules`, so its gitlab.com goes through this proxy (a profile preference).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

export async function startConnectProxy(
  targetPort: number,
): Promise<{ port: number; server: Server; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(405);
    response.end();
  });
  server.on('connect', (request, client, head) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    void request;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
