/**
 * `npm start` tells the newsroom where its editor is: the desk is a command of its own, on the
 * loopback address, and never part of this server or of a build.
 */
import type { Plugin } from 'vite';

/** The plugin; silent in the desk itself, which says its own address. */
export function deskHint(): Plugin {
  return {
    name: 'trans-caspian-desk-hint',
    apply: 'serve',
    configureServer(server) {
      if (process.env.TRANS_CASPIAN_DESK) return;
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          server.config.logger.info(
            '  ➜  To edit the map’s facts, milestones, sources and routes: npm run desk (then open the address it prints)',
          );
        }, 0);
      });
    },
  };
}
