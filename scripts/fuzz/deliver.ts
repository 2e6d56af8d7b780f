// How a case's bytes reach the scanner: at once, in chunks, slowly, cut by a reset, or not at all.
import type { Socket } from 'node:net';
import type { Delivery } from './case.js';

/** A connection is never held longer than this, whatever the case: the scanner's timeouts are what is tested. */
const HOLD_MS = 30_000;

function later(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reset(socket: Socket): void {
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

export async function deliver(socket: Socket, bytes: Buffer, delivery: Delivery): Promise<void> {
  const closed = (): boolean => socket.destroyed || !socket.writable;
  setTimeout(() => socket.destroy(), HOLD_MS).unref();
  switch (delivery.kind) {
    case 'all':
      socket.write(bytes);
      return;
    case 'end':
      socket.end(bytes);
      return;
    case 'close-now':
      socket.end();
      return;
    case 'reset-now':
      reset(socket);
      return;
    case 'silent':
      return;
    case 'reset-after':
      socket.write(bytes.subarray(0, delivery.bytes), () => reset(socket));
      return;
    case 'chunks': {
      let at = 0;
      for (const size of delivery.sizes) {
        if (at >= bytes.length || closed()) break;
        socket.write(bytes.subarray(at, at + size));
        at += size;
        await later(0);
      }
      if (!closed()) socket.write(bytes.subarray(at));
      return;
    }
    case 'slow': {
      const until = Date.now() + delivery.budgetMs;
      let at = 0;
      while (at < bytes.length && Date.now() < until && !closed()) {
        socket.write(bytes.subarray(at, at + delivery.chunk));
        at += delivery.chunk;
        await later(delivery.delayMs);
      }
      if (!closed()) socket.write(bytes.subarray(at));
    }
  }
}
