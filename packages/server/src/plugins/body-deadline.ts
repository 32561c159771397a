import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Node's requestTimeout stops watching a request once its headers are parsed and a handler took it, so a client that
 * sends its body a byte at a time holds a socket (and a parser) for as long as it likes. Here the whole request must
 * have arrived within the same limit from its start, or the socket is destroyed.
 */
export const bodyDeadline = fp(
  async (app: FastifyInstance, options: { timeoutMs: number }) => {
    app.addHook('onRequest', (request, _reply, done) => {
      const raw = request.raw;
      if (raw.complete) return done();
      const timer = setTimeout(() => {
        if (!raw.complete) {
          request.log.warn({ timeoutMs: options.timeoutMs }, 'request body too slow: connection closed');
          raw.socket.destroy();
        }
      }, options.timeoutMs);
      timer.unref();
      const clear = () => clearTimeout(timer);
      raw.once('end', clear);
      raw.once('close', clear);
      done();
    });
  },
  { name: 'homeward-body-deadline' },
);
