import rule from './sds-10-officer-certificate';
import { testRule } from '../../../test/helpers/rule-tester';
import type { Officer } from '../../case/schema';

const certified = { name: '李四', certificateNo: '37010012346', roles: ['investigator'] } satisfies Officer;

testRule(rule, {
  violation: [
    {
      name: 'a dispatched worker acting as investigator',
      messageId: 'uncertified',
      case: {
        actionType: 'inspection',
        officers: [certified, { name: '王五', roles: ['investigator'], staffCategory: 'dispatched' }],
      },
    },
    {
      name: 'host system asserts no certificate',
      messageId: 'uncertified',
      case: { actionType: 'coercion', officers: [certified, { name: '赵六', roles: ['handler'], certified: false }] },
    },
  ],
  review: [
    {
      name: 'handler without a certificate number',
      messageId: 'no-certificate',
      case: { actionType: 'license', officers: [{ name: '张三', roles: ['handler'] }, certified] },
    },
    {
      name: 'blank certificate number',
      messageId: 'no-certificate',
      case: { actionType: 'inspection', officers: [{ name: '张三', certificateNo: ' ', roles: ['handler'] }] },
    },
    {
      name: 'officers unreadable',
      messageId: 'unknown',
      case: { actionType: 'inspection', origin: { unreadable: ['officers'] } },
    },
  ],
  pass: [
    {
      name: 'all field officers certified; approver without number is not a field officer',
      case: {
        actionType: 'inspection',
        officers: [
          { name: '张三', certificateNo: '37010012345', roles: ['handler'] },
          certified,
          { name: '局长', roles: ['approver'] },
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no officers listed', case: { actionType: 'inspection' } },
    {
      name: 'only internal reviewers listed',
      case: { actionType: 'license', officers: [{ name: '局长', roles: ['approver'] }] },
    },
    { name: 'penalty cases belong to apl-42-officers', case: { officers: [{ name: '张三', roles: ['handler'] }] } },
  ],
});
