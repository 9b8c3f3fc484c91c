import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTNER_CONTRACTS, partnerContractDocument } from './contractDocument';

const contractsDir = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'contracts');

describe('partner contract documents', () => {
  it.each(PARTNER_CONTRACTS)('docs/contracts/%s.openapi.json is what the schemas generate', (partner) => {
    const committed = JSON.parse(readFileSync(join(contractsDir, `${partner}.openapi.json`), 'utf8'));
    // If this fails, run `pnpm --filter @hezuo/finance contracts` and commit the result.
    expect(committed).toEqual(partnerContractDocument(partner));
  });

  it('documents every operation, the idempotency key and problem details', () => {
    const bank = partnerContractDocument('bank') as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.values(bank.paths).flatMap((path) =>
      Object.values(path).map((op) => op.operationId),
    );
    expect(operations).toEqual(['requestCreditLine', 'applyForLoan', 'loanApplicationStatus']);
    const insurer = partnerContractDocument('insurer') as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(Object.values(insurer.paths).flatMap((p) => Object.values(p).map((op) => op.operationId))).toEqual(
      ['quote', 'bind', 'claim', 'claimStatus'],
    );
    expect(JSON.stringify(bank)).toContain('Idempotency-Key');
    expect(JSON.stringify(bank)).toContain('application/problem+json');
  });
});
