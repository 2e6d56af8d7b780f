// The REST calls the action makes, and nothing else: issue comments (the sticky pull request comment) and
// issues (the scheduled check). Octokit comes from @actions/github, which honours GITHUB_API_URL (GHES).
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the author, null when GitHub does not say. */
  author: string | null;
}

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
}

/** Status of a failed REST call (403 for read-only tokens), or undefined when it never got an answer. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export class GitHubApi {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: RepoRef
  ) {}

  /** baseUrl defaults to GITHUB_API_URL (then api.github.com), read by @actions/github. */
  static fromToken(token: string, repo: RepoRef, baseUrl?: string): GitHubApi {
    return new GitHubApi(getOctokit(token, baseUrl ? { baseUrl } : {}), repo);
  }

  /** Every comment of an issue or pull request, following pagination (100 a page). */
  async listComments(issueNumber: number): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issueNumber,
      per_page: 100
    });
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      author: comment.user?.login ?? null
    }));
  }

  async createComment(issueNumber: number, body: string): Promise<number> {
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number: issueNumber,
      body
    });
    return data.id;
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body });
  }

  /** Open issues carrying `label` (pull requests, which the same endpoint returns, are left out). */
  async listOpenIssues(label: string): Promise<IssueSummary[]> {
    const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
      ...this.repo,
      state: 'open',
      labels: label,
      per_page: 100
    });
    return issues
      .filter((issue) => !issue.pull_request)
      .map((issue) => ({ number: issue.number, title: issue.title, body: issue.body ?? '' }));
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<number> {
    const { data } = await this.octokit.rest.issues.create({ ...this.repo, title, body, labels });
    return data.number;
  }

  async updateIssue(issueNumber: number, fields: { title?: string; body?: string }): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.repo, issue_number: issueNumber, ...fields });
  }

  async closeIssue(issueNumber: number): Promise<void> {
    await this.octokit.rest.issues.update({
      ...this.repo,
      issue_number: issueNumber,
      state: 'closed',
      state_reason: 'completed'
    });
  }
}
