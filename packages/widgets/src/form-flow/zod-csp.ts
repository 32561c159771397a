/**
 * Strict Content-Security-Policy support. zod probes `new Function` once, to compile faster object parsers; under a
 * policy without `unsafe-eval` the probe fails safely but is still reported as a violation (a console error, and a
 * report to the site's report-uri). `jitless` skips the probe. It must run before core's schemas are built, so the
 * define entries import this module first. Parsing is the same either way, only a little slower.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
