// Server-Sent Events to every open preview page: each gets the latest state on connecting and after every render.

import type { IncomingMessage, ServerResponse } from "node:http";

export interface EventStream {
  /** Keeps `response` open as an event stream and sends it `current` at once. */
  add(request: IncomingMessage, response: ServerResponse, current: unknown): void;
  send(data: unknown): void;
  close(): void;
}

export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  const write = (response: ServerResponse, data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
  return {
    add(request, response, current) {
      response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" });
      // A page whose stream dropped (the server restarted) asks again soon, not after the browser's default 3 s.
      response.write("retry: 500\n\n");
      write(response, current);
      clients.add(response);
      request.on("close", () => clients.delete(response));
    },
    send(data) {
      for (const response of clients) write(response, data);
    },
    close() {
      for (const response of clients) response.end();
      clients.clear();
    },
  };
}
