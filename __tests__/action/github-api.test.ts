// The action's REST client rides out what GitHub does under load: a 5xx is retried, a secondary rate limit is
// waited out when the wait is short, and a long one fails the call at once instead of holding the job. Driven
// through the real Octokit plugins against the loopback GitHub REST emulation.
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { API_PATIENCE, GitHubApi } from '../../src/action/github-api.js';
import { FakeGitHub, secondaryRateLimit } from '../e2e/fake-github.js';

let github: FakeGitHub;
let api: GitHubApi;

// The plugins' waits, scaled down (1 "second" of retry-after is 5 ms) so the test does not sleep.
const patience = { ...API_PATIENCE, retryBaseMs: 5 };

beforeEach(async () => {
  github = new FakeGitHub('octo', 'site');
  await github.start();
  github.addPullRequest(7);
  api = GitHubApi.fromToken('ghs_test', { owner: 'octo', repo: 'site' }, github.apiUrl, patience);
});

afterEach(async () => {
  await github.stop();
});

const posts = () => github.requests.filter((request) => request.method === 'POST');

it('retries a comment whose first attempts get 502 and 503, and posts it once', async () => {
  github.faults.push({ status: 502, message: 'Bad Gateway' }, { status: 503, message: 'Unavailable' });
  await api.createComment(7, 'body');
  expect(github.comments.map((comment) => comment.body)).toEqual(['body']);
  expect(posts()).toHaveLength(3);
});

it('gives up on a call after its retries, with the last status', async () => {
  for (let i = 0; i <= patience.retries; i++) github.faults.push({ status: 500, message: 'Server Error' });
  await expect(api.createComment(7, 'body')).rejects.toMatchObject({ status: 500 });
  expect(posts()).toHaveLength(patience.retries + 1);
  expect(github.comments).toHaveLength(0);
});

it('waits out a short secondary rate limit and then posts', async () => {
  github.faults.push(secondaryRateLimit(2));
  await api.createComment(7, 'body');
  expect(github.comments).toHaveLength(1);
  expect(posts()).toHaveLength(2);
});

it('does not wait out a secondary rate limit longer than a minute', async () => {
  github.faults.push(secondaryRateLimit(3600));
  await expect(api.createComment(7, 'body')).rejects.toMatchObject({ status: 403 });
  expect(posts()).toHaveLength(1);
});

it('does not retry a read-only token (403 without a rate limit)', async () => {
  github.readOnly = true;
  await expect(api.createComment(7, 'body')).rejects.toMatchObject({ status: 403 });
  expect(posts()).toHaveLength(1);
});
