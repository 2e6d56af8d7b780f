// The sticky comment and the scheduled issue, driven through the real Octokit client against the loopback
// GitHub REST emulation (pagination, 403s and state are the server's, not stubs).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubApi } from '../../src/action/github-api.js';
import { publishComment } from '../../src/action/pull-request-comment.js';
import { ISSUE_LABEL, syncScheduledIssue } from '../../src/action/scheduled-issue.js';
import { commentMarker } from '../../src/report/comment.js';
import { issueMarker } from '../../src/report/issue.js';
import { FakeGitHub } from '../e2e/fake-github.js';

let github: FakeGitHub;
let api: GitHubApi;

beforeEach(async () => {
  github = new FakeGitHub('octo', 'site');
  await github.start();
  github.addPullRequest(7);
  api = GitHubApi.fromToken('ghs_test', { owner: 'octo', repo: 'site' }, github.apiUrl);
});

afterEach(async () => {
  await github.stop();
});

describe('sticky pull request comment', () => {
  const marker = commentMarker('TLS', 'scan');

  it('creates the comment on the first failing run and sends the token', async () => {
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nfail`,
      mode: 'on-failure',
      failed: true
    });
    expect(result).toBe('created');
    expect(github.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
    expect(github.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
  });

  it('updates the same comment on the next run instead of adding one', async () => {
    await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nfirst`,
      mode: 'always',
      failed: true
    });
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nsecond`,
      mode: 'always',
      failed: true
    });
    expect(result).toBe('updated');
    const ours = github.comments.filter((c) => c.body.includes(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('second');
  });

  it('finds its comment past the first page of comments', async () => {
    for (let i = 0; i < 130; i++) github.addComment(7, `chatter ${i}`);
    await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nfirst`,
      mode: 'always',
      failed: true
    });
    for (let i = 0; i < 5; i++) github.addComment(7, `more ${i}`);
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nsecond`,
      mode: 'always',
      failed: true
    });
    expect(result).toBe('updated');
    expect(github.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
    expect(github.requests.some((r) => r.method === 'GET' && r.query.page === '2')).toBe(true);
  });

  it('keeps comments of another job apart', async () => {
    const other = commentMarker('TLS', 'deploy-check');
    await publishComment(api, {
      pullRequest: 7,
      marker: other,
      render: () => `${other}\nother`,
      mode: 'always',
      failed: true
    });
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nmine`,
      mode: 'always',
      failed: true
    });
    expect(result).toBe('created');
    expect(github.comments).toHaveLength(2);
  });

  it('says nothing on a passing run when on-failure and no comment exists', async () => {
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\npass`,
      mode: 'on-failure',
      failed: false
    });
    expect(result).toBe('skipped');
    expect(github.writes()).toHaveLength(0);
  });

  it('hands the body of the comment it replaces to the renderer', async () => {
    await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nfirst`,
      mode: 'always',
      failed: true
    });
    const seen: (string | null)[] = [];
    await publishComment(api, {
      pullRequest: 7,
      marker,
      render: (previous) => {
        seen.push(previous);
        return `${marker}\nsecond`;
      },
      mode: 'always',
      failed: true
    });
    expect(seen).toEqual([`${marker}\nfirst`]);
  });

  it('turns an earlier failing comment into a passing one', async () => {
    await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\nfail`,
      mode: 'on-failure',
      failed: true
    });
    const result = await publishComment(api, {
      pullRequest: 7,
      marker,
      render: () => `${marker}\npass`,
      mode: 'on-failure',
      failed: false
    });
    expect(result).toBe('updated');
    expect(github.comments[0].body).toContain('pass');
  });

  it('makes no call at all when comment is off', async () => {
    await publishComment(api, { pullRequest: 7, marker, render: () => 'x', mode: 'off', failed: true });
    expect(github.requests).toHaveLength(0);
  });

  it('surfaces a read-only token as an error with status 403', async () => {
    github.readOnly = true;
    await expect(
      publishComment(api, {
        pullRequest: 7,
        marker,
        render: () => `${marker}\nfail`,
        mode: 'always',
        failed: true
      })
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('scheduled issue', () => {
  const marker = issueMarker('Nightly TLS');
  const request = (failed: boolean, body = 'findings') => ({
    marker,
    title: 'TLS check failing',
    body,
    failed,
    closingComment: 'passing again'
  });

  it('opens one labelled issue on failure, then updates it on the next failure', async () => {
    expect(await syncScheduledIssue(api, request(true, 'first'))).toBe('opened');
    expect(await syncScheduledIssue(api, request(true, 'second'))).toBe('updated');
    const ours = github.issues.filter((i) => i.body.includes(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0].labels).toEqual([ISSUE_LABEL]);
    expect(ours[0].body).toContain('second');
  });

  it('closes the issue with a comment when the check passes again', async () => {
    await syncScheduledIssue(api, request(true));
    expect(await syncScheduledIssue(api, request(false))).toBe('closed');
    const issue = github.issues.find((i) => i.body.includes(marker))!;
    expect(issue.state).toBe('closed');
    expect(github.comments.find((c) => c.issue === issue.number)?.body).toBe('passing again');
  });

  it('opens a new issue after the old one was closed', async () => {
    await syncScheduledIssue(api, request(true));
    await syncScheduledIssue(api, request(false));
    expect(await syncScheduledIssue(api, request(true))).toBe('opened');
    expect(github.issues.filter((i) => i.body.includes(marker) && i.state === 'open')).toHaveLength(1);
  });

  it('does nothing on a pass with no open issue', async () => {
    expect(await syncScheduledIssue(api, request(false))).toBe('none');
    expect(github.writes()).toHaveLength(0);
  });
});
