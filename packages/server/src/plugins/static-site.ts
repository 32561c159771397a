import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The web site at `/` (the demo page) and the widgets' script-tag bundle at `/vendor/homeward/`, under the strict
 * CSP set for every answer. Files only: no directory listing, no dotfiles, nothing outside the folders.
 */
export const staticSite = fp(
  async (app: FastifyInstance, options: { siteDir: string; vendorDir?: string }) => {
    await app.register(fastifyStatic, {
      root: options.siteDir,
      prefix: '/',
      dotfiles: 'deny',
      index: ['index.html'],
      cacheControl: true,
      maxAge: 0,
      wildcard: true,
    });
    if (options.vendorDir) {
      await app.register(fastifyStatic, {
        root: options.vendorDir,
        prefix: '/vendor/homeward/',
        decorateReply: false,
        dotfiles: 'deny',
        maxAge: 0,
      });
    }
  },
  { name: 'homeward-static-site' },
);
