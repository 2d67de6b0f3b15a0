import type { Bilingual } from '../engine/types';
import { type ReportLike } from './schema';
import type { ElementAssessment, ElementId } from './assess-types';
import { ELEMENT_TITLES, bi } from './assess-shared';

/** Art. 12(1) element: no harmful consequence (未造成危害后果). */

export function assessHarm(report: ReportLike): ElementAssessment {
  const element: ElementId = 'no-harm';
  const title = ELEMENT_TITLES[element];
  const harm = report.harm ?? {};
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const definite: [boolean | undefined, Bilingual, Bilingual][] = [
    [
      harm.partyLoss,
      bi('造成当事人损失', 'the party suffered a loss'),
      bi(
        '是否造成当事人损失（金钱、时间、停业等）',
        'whether the party suffered a loss (money, time, business interruption)',
      ),
    ],
    [
      harm.thirdPartyOrPublicEffect,
      bi('影响第三人或者公共利益', 'third parties or the public interest were affected'),
      bi('是否影响第三人或者公共利益、引发舆情', 'whether third parties or the public interest were affected'),
    ],
  ];
  const judged: [boolean | undefined, Bilingual, Bilingual][] = [
    [
      harm.complaintFiled,
      bi('当事人或他人已投诉、举报', 'a complaint was filed'),
      bi('是否有投诉、举报', 'whether a complaint was filed'),
    ],
    [
      harm.reviewOrSuitFiled,
      bi('已申请行政复议或者提起行政诉讼', 'administrative review or a suit was filed'),
      bi('是否已申请行政复议或提起诉讼', 'whether review or a suit was filed'),
    ],
    [
      harm.publishedInfoWithdrawn,
      bi('已公开的信息需要撤回', 'published information had to be withdrawn'),
      bi('已公开的信息是否需要撤回', 'whether published information had to be withdrawn'),
    ],
  ];
  let notMet = false;
  let unknown = false;
  for (const [answer, yes, question] of definite) {
    if (answer === true) {
      notMet = true;
      reasons.push(yes);
    } else if (answer === undefined) {
      unknown = true;
      missing.push(question);
    }
  }
  const needsJudgement: Bilingual[] = [];
  for (const [answer, yes, question] of judged) {
    if (answer === true) needsJudgement.push(yes);
    else if (answer === undefined) {
      unknown = true;
      missing.push(question);
    }
  }
  if (notMet) {
    reasons.push(...needsJudgement);
    return { element, title, status: 'not-met', reasons, missingEvidence: missing };
  }
  if (needsJudgement.length > 0) {
    reasons.push(...needsJudgement);
    reasons.push(
      bi(
        '是否造成危害后果需结合投诉、复议、诉讼或撤回信息的处理结果由单位判断',
        'whether this is a harmful consequence depends on how the complaint, review, suit or withdrawal was resolved',
      ),
    );
    missing.push(
      bi('投诉、复议、诉讼或信息撤回的处理结果', 'the outcome of the complaint, review, suit or withdrawal'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  if (unknown) {
    reasons.push(bi('有关危害后果的情况未填写完整', 'the questions on harm are not all answered'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      '据所填情况，未造成当事人损失，未引发投诉、复议或诉讼，未影响第三人或公共利益，无需撤回已公开信息',
      'as entered: no loss to the party, no complaint, review or suit, no effect on third parties or the public, no published information withdrawn',
    ),
  );
  return { element, title, status: 'met', reasons, missingEvidence: missing };
}
