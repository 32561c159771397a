import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const consentDate = '作出此回答的日期';
const consentDateHelp = '本人同意或拒绝此项的日期。';
const consentWithdrawn = '撤回同意的日期';
const consentWithdrawnHelp = '仅在本人改变主意时填写，否则请留空。';

/** 表单不显示的简体中文标签。 */
export const zhHans: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    id: {
      label: '记录编号',
      help: '',
    },
    schemaVersion: {
      label: '记录格式版本',
      help: '',
    },
    registrationDate: {
      label: '登记日期',
      help: '',
    },
    office: {
      label: '办公室',
      help: '为此人登记的大使馆、领事馆或机构。',
    },
    channel: {
      label: '此人是通过什么方式联系到我们的？',
      help: '',
    },
    departure: {
      incidentId: {
        label: '相关事件编号',
        help: '如果此人是在一次已记录的释放或突袭中离开的。',
      },
    },
    consent: {
      store: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
      shareWithPartners: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
        partners: {
          label: '我们可以与哪些机构分享？',
          help: '我们只与这里列出的机构分享。',
        },
      },
      contactLater: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
      research: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
    },
    childProtection: {
      label: '儿童保护',
      help: '如果此人在登记或被招募时未满 18 岁，系统会自动标记。请转介给儿童保护服务。',
    },
    status: {
      label: '个案状态',
      help: '',
    },
  },
  option: {
    CHANNELS: {
      walk_in: '亲自来到办公室',
      hotline: '拨打求助热线',
      online: '网上',
      referral: '由其他机构转介',
      outreach: '外展团队接触',
    },
    NEEDS: {
      returnHome: '回国',
      canTravelIndependently: '能自行回家',
      emergencyTravelDocument: '紧急旅行证件',
      medical: '医疗帮助',
      psychological: '心理支持',
      shelter: '安全的住处',
      legal: '法律咨询',
      familyContact: '联系家人',
    },
    CASE_STATUSES: {
      registered: '已登记',
      assessed: '已评估需求',
      documents_issued: '已签发证件',
      repatriated: '已回国',
      referred: '已转介其他机构',
      closed: '已结案',
    },
  },
  incident: {
    id: {
      label: '事件编号',
      help: '',
    },
    schemaVersion: {
      label: '记录格式版本',
      help: '',
    },
  },
});
