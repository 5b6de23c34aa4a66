import type { VerifyCertificateResult } from '../../../../main/contract/certificateSchemas';
import { formatDate, formatDateTime } from '../../ui/displayFormats';
import { FactList, type Fact } from '../../ui/FactList';

type VerifiedFacts = NonNullable<VerifyCertificateResult['facts']>;

function verifiedFacts(facts: VerifiedFacts, suite: string | null): Fact[] {
  const list: Fact[] = [
    ['Name', facts.name],
    ['Course', facts.course],
    ['Course version', facts.courseVersion],
    ['Provided by', facts.provider],
    ['Completed on', formatDate(facts.date)],
    ['Hours', facts.hoursLine],
    ['Post-test score', facts.postTestPercent === null ? 'None in this course' : `${facts.postTestPercent}%`],
    ['Certificate ID', <code key="id">{facts.id}</code>],
    ['Verification code', <code key="code">{facts.code}</code>],
    ['Issued', formatDateTime(Date.parse(facts.issuedAt))],
    ['Signed by (issuer)', <code key="did">{facts.issuerDid}</code>],
  ];
  if (facts.supersedes) list.push(['Replaces certificate', <code key="old">{facts.supersedes}</code>]);
  if (suite) list.push(['Proof checked', suite]);
  return list;
}

/**
 * The verifier's answer in plain words: VALID with the signed facts, or NOT VALID with the core's reason. Never
 * more than the core says; a signature proves the file is unchanged, not that anyone endorsed it.
 */
export function VerifyResultPanel({
  fileName,
  result,
}: {
  fileName: string;
  result: VerifyCertificateResult;
}) {
  if (!result.valid) {
    return (
      <section aria-labelledby="verify-result" className="verify-result notice notice-error" role="alert">
        <h2 id="verify-result">NOT VALID</h2>
        <p>
          <strong>{fileName}</strong> did not pass the check.
        </p>
        <p>{result.message}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="verify-result" className="verify-result">
      <div className="notice notice-success" role="status">
        <h2 id="verify-result">VALID</h2>
        <p>
          <strong>{fileName}</strong>: {result.message}
        </p>
      </div>
      {result.replacedBy && (
        <p className="notice notice-warning">
          This installation replaced this certificate with a corrected one: {result.replacedBy}.
        </p>
      )}
      {result.notice && <p className="notice">{result.notice}</p>}
      {result.facts && <FactList facts={verifiedFacts(result.facts, result.suite)} />}
      {result.checks.length > 0 && (
        <>
          <h3>What was checked</h3>
          <ul>
            {result.checks.map((check) => (
              <li key={check}>{check}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
