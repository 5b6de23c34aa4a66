import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from '../core/app/contentSecurityPolicy';
import type { Core } from '../core/app/core';
import { contentTypeFor, resolveServedFile } from '../core/app/staticFiles';
import { appHost, appScheme } from './appOrigin';

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch-able). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain' },
  });
}

/**
 * Serves app://ce-player/ from the built renderer and /course-asset/<course>/<path> from course packages.
 * Any path outside those roots (after `..` and symlinks) gets 404.
 */
export function handleAppProtocol(core: Core, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost || request.method !== 'GET') return notFound();
    const file = resolveServedFile(core.resolveCourseAsset, rendererDir, url.pathname);
    if (!file) return notFound();
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
    });
  });
}
