import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));

describe('attrition fit - (the built binary)', () => {
  it('reads reports piped to stdin', () => {
    const run = spawnSync(process.execPath, [bin, 'fit', '-', '--json'], {
      input: '2024-12-15,920\n2024-12-25,1840\n2025-01-16,3864\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).result).toMatchObject({ rate: 92, start: '2024-12-06' });
  });
});
