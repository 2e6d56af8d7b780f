// A loopback HTTP server answering the GitHub REST endpoints the action uses, shaped as GitHub documents
// them (https://docs.github.com/en/rest/issues/comments, /rest/issues/issues): paginated lists with Link
// headers, 201 on create, 200 on update, 403 "Resource not accessible by integration" for read-only tokens.
// It keeps state across requests (comments, issues) and records every request for the tests to read.
// It is mounted under /api/v3, as on GitHub Enterprise Server, to prove GITHUB_API_URL is honoured.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | null;
  authorization: string | undefined;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  pull_request?: { url: string };
}

/** One failed answer: a 5xx, or a rate limit (403 with GitHub's message and headers). */
export interface FakeFault {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/** GitHub's secondary rate limit: 403, this message, and how long to wait. */
export function secondaryRateLimit(retryAfterSeconds: number): FakeFault {
  return {
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': String(retryAfterSeconds) }
  };
}

export const API_PREFIX = '/api/v3';
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** When true every write answers 403, as a read-only token (fork pull request) gets. */
  readOnly = false;
  /** Answers for the next requests, one each, before any is served (5xx, rate limits), as GitHub has them. */
  readonly faults: FakeFault[] = [];
  private nextCommentId = 1000;
  private server: Server | null = null;
  private port = 0;

  constructor(
    readonly owner: string,
    readonly repo: string
  ) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}${API_PREFIX}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** A pull request exists as an issue too (same number space), as on GitHub. */
  addPullRequest(number: number): void {
    this.issues.push({
      number,
      title: `PR ${number}`,
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      pull_request: { url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/pulls/${number}` }
    });
  }

  addComment(issue: number, body: string, login = 'someone'): FakeComment {
    const comment = { id: this.nextCommentId++, issue, body, user: { login, type: 'User' } };
    this.comments.push(comment);
    return comment;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | null;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      return this.send(res, 400, { message: 'Problems parsing JSON' });
    }
    const method = req.method ?? 'GET';
    const path = url.pathname;
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization
    });

    const fault = this.faults.shift();
    if (fault) return this.send(res, fault.status, { message: fault.message }, fault.headers);

    const base = `${API_PREFIX}/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(`${base}/`)) return this.send(res, 404, { message: 'Not Found' });
    const rest = path.slice(base.length);
    if (method !== 'GET' && this.readOnly) {
      return this.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest'
      });
    }

    let match: RegExpExecArray | null;
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(match[1]);
      if (!this.issues.some((i) => i.number === issue)) return this.send(res, 404, { message: 'Not Found' });
      if (method === 'GET') {
        return this.sendPage(
          res,
          url,
          this.comments.filter((c) => c.issue === issue).map((c) => this.commentJson(c))
        );
      }
      if (method === 'POST') {
        if (typeof body?.body !== 'string') return this.send(res, 422, { message: 'Validation Failed' });
        const comment = { id: this.nextCommentId++, issue, body: body.body, user: BOT };
        this.comments.push(comment);
        return this.send(res, 201, this.commentJson(comment));
      }
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(match![1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body?.body !== 'string') return this.send(res, 422, { message: 'Validation Failed' });
      comment.body = body.body;
      return this.send(res, 200, this.commentJson(comment));
    }
    if (rest === '/issues' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const list = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((label) => i.labels.includes(label)))
        .sort((a, b) => b.number - a.number)
        .map((i) => this.issueJson(i));
      return this.sendPage(res, url, list);
    }
    if (rest === '/issues' && method === 'POST') {
      if (typeof body?.title !== 'string') return this.send(res, 422, { message: 'Validation Failed' });
      const number = Math.max(0, ...this.issues.map((i) => i.number)) + 1;
      const issue: FakeIssue = {
        number,
        title: body.title,
        body: typeof body.body === 'string' ? body.body : '',
        state: 'open',
        state_reason: null,
        labels: Array.isArray(body.labels) ? body.labels.map(String) : []
      };
      this.issues.push(issue);
      return this.send(res, 201, this.issueJson(issue));
    }
    if ((match = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(match![1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
      return this.send(res, 200, this.issueJson(issue));
    }
    return this.send(res, 404, { message: 'Not Found' });
  }

  private commentJson(comment: FakeComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.example/${this.owner}/${this.repo}/issues/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: comment.user,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z'
    };
  }

  private issueJson(issue: FakeIssue): Record<string, unknown> {
    return {
      id: issue.number + 500000,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map((name) => ({ name })),
      user: BOT,
      ...(issue.pull_request ? { pull_request: issue.pull_request } : {})
    };
  }

  /** GitHub pagination: per_page (default 30, max 100), page from 1, Link header with rel="next"/"last". */
  private sendPage(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const linkTo = (n: number): string => {
      const next = new URL(`http://127.0.0.1:${this.port}${url.pathname}${url.search}`);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    if (page < last) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(last)}>; rel="last"`);
    if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`, `<${linkTo(page - 1)}>; rel="prev"`);
    const headers: Record<string, string> = {};
    if (links.length > 0) headers.link = links.join(', ');
    this.send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private send(
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {}
  ): void {
    const text = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...headers
    });
    res.end(text);
  }
}
