import { flatten, questionFields } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const ilo = {
  abuseOfVulnerability: '有没有人利用您的困难处境，比如您远离家乡、不会当地语言或急需用钱？',
  deception: '您是否在工作内容、工资、工作地点或工作条件上被欺骗？',
  restrictionOfMovement: '您是否被禁止离开工作或居住的地方？',
  isolation: '您是否被与他人隔开，或被禁止联系家人或朋友？',
  physicalSexualViolence: '有没有人伤害过您，或对您做过您不愿意的性方面的事情？',
  intimidationThreats: '您或您的家人是否受到威胁，比如用暴力、警察或把您卖到另一个园区来威胁？',
  retentionOfDocuments: '他们是否拿走或扣留了您的护照或身份证件？',
  withholdingOfWages: '您拿到的工资是否比承诺的少、被拖欠，或完全没有拿到？',
  debtBondage: '他们是否说您欠他们钱（比如路费、伙食费或罚款），要您干活还债？',
  abusiveConditions: '您是否不得不在有害或有辱人格的条件下工作或生活，比如吃不饱、没有足够的水、睡眠或医疗？',
  excessiveOvertime: '您是否被迫每天工作很长时间，或没有休息日？',
};
const iloHelp = '只在您愿意时回答。您可以选择“我不想回答”。';

const consent = {
  store: '您是否同意我们保存您的信息？',
  shareWithPartners: '您是否同意我们与合作机构分享您的信息？',
  contactLater: '我们以后可以联系您吗？',
  research: '我们可以在不使用您姓名的情况下，把您的回答用于研究吗？',
};

/** 简体中文标签：登记表。 */
export const zhHans: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    person: {
      fullName: {
        label: '您的全名是什么？',
        help: '按您平时的写法填写，任何文字都可以。如果您只有一个名字，只写这一个名字即可。',
      },
      latinName: {
        label: '您名字的拉丁字母拼写（选填）',
        help: '仅在您的名字用其他文字书写时填写，例如汉语拼音。这有助于我们把您的名字与旅行证件对应起来。',
      },
      sex: {
        label: '您的性别是什么？',
        help: '我们询问这个问题，是为了提供合适的帮助，比如安全的住处。',
      },
      birthDate: {
        label: '您的出生日期是哪天？',
        help: '如果您不知道，可以改为填写您的年龄。',
      },
      age: {
        label: '您多大年纪？',
        help: '估计的年龄也可以。我们需要知道您是否需要针对年轻人的帮助。',
      },
      ageBand: {
        label: '您属于哪个年龄段？',
        help: '仅在您不想提供出生日期或年龄时填写。',
      },
      citizenship: {
        label: '您是哪国公民？',
        help: '请选择您拥有国籍的所有国家。这能告诉我们哪个大使馆可以帮助您。',
      },
      languages: {
        label: '您会说哪些语言？',
        help: '这样我们可以用您熟悉的语言和您交流。',
      },
      homeRegion: {
        label: '您的家在哪里？',
        help: '您要回去的省份、地区或城市。',
      },
      phones: {
        label: '我们可以通过哪个电话号码联系您？',
        help: '请加上国家区号，例如中国为 +86。只提供您可以安全使用的号码。',
      },
      'messaging[]': {
        platform: {
          label: '聊天软件',
          help: '',
        },
        handle: {
          label: '您在这个软件上的用户名或号码',
          help: '只提供扣留过您的人看不到的账号。',
        },
      },
    },
    'documents[]': {
      type: {
        label: '这是什么证件？',
        help: '',
      },
      number: {
        label: '证件号码（选填）',
        help: '如果您知道的话。这有助于我们更快地补办证件。',
      },
      issuingCountry: {
        label: '由哪个国家签发？',
        help: '',
      },
      status: {
        label: '这个证件现在在哪里？',
        help: '如果证件被人拿走或丢失了，我们可以帮您办理新的证件。',
      },
    },
    recruitment: {
      method: {
        label: '您是通过什么途径得到这份工作的？',
        help: '',
      },
      platforms: {
        label: '对方通过哪些软件或网站联系您？',
        help: '请选择所有符合的选项。这有助于提醒其他人警惕这类招聘。',
      },
      promisedJob: {
        label: '对方承诺给您什么工作？',
        help: '例如：客服、数据录入、翻译。',
      },
      promisedWage: {
        amount: {
          label: '对方承诺给您多少工资？',
          help: '请用数字填写金额，例如 600。',
        },
        currency: {
          label: '货币',
          help: '',
        },
        period: {
          label: '这笔工资是按什么时间计算的？',
          help: '',
        },
      },
      how: {
        label: '下面哪一项最符合您去到那里的情况？',
        help: '没有错误的答案。很多人都是被骗去的。这有助于我们为您提供合适的帮助。',
      },
      date: {
        label: '您是什么时候被招募的？',
        help: '大概的日期也可以。',
      },
      recruiterRelation: {
        label: '是谁招募了您？',
        help: '',
      },
    },
    exploitation: {
      country: {
        label: '您被扣留在哪个国家？',
        help: '',
      },
      province: {
        label: '在哪个省或地区？',
        help: '如果您知道的话。',
      },
      locality: {
        label: '在哪个城镇或地方？',
        help: '例如：巴域、西港。如果不知道，请留空。',
      },
      compoundName: {
        label: '那个园区或楼叫什么名字？',
        help: '如果您知道的话。这可能有助于保护仍在那里的其他人。',
      },
      startDate: {
        label: '您是什么时候到那里的？',
        help: '大概的日期也可以。',
      },
      endDate: {
        label: '您是什么时候离开的？',
        help: '大概的日期也可以。',
      },
      scamTypes: {
        label: '您被迫参与了哪些类型的诈骗？',
        help: '请选择所有符合的选项。您是被迫的，这不是您的错。',
      },
    },
    departure: {
      how: {
        label: '您是怎样离开的？',
        help: '',
      },
      date: {
        label: '您是什么时候离开的？',
        help: '大概的日期也可以。',
      },
    },
    indicators: questionFields(ilo, iloHelp),
    'wagesOwed[]': {
      amount: {
        label: '他们还欠您多少工资？',
        help: '估计的数额也可以。这可以帮助您追讨工资。',
      },
      currency: {
        label: '货币',
        help: '',
      },
    },
    needs: {
      returnHome: {
        label: '您想回到自己的国家吗？',
        help: '',
      },
      canTravelIndependently: {
        label: '您能自己回家吗？',
        help: '例如，您有钱买票，并且觉得独自出行是安全的。',
      },
      emergencyTravelDocument: {
        label: '您需要紧急旅行证件吗？',
        help: '如果您没有有效护照，我们可以为您签发证件，让您回家。',
      },
      medical: {
        label: '您需要医疗帮助吗？',
        help: '',
      },
      psychological: {
        label: '您想找人谈谈发生过的事情吗？',
        help: '受过培训的辅导人员可以为您提供支持。是否需要由您决定。',
      },
      shelter: {
        label: '您需要一个安全的住处吗？',
        help: '',
      },
      legal: {
        label: '您需要法律咨询吗？',
        help: '例如关于签证、证件或被拖欠的工资。',
      },
      familyContact: {
        label: '您需要我们帮您联系家人吗？',
        help: '',
      },
    },
    consent: {
      store: {
        given: {
          label: consent.store,
          help: '',
        },
      },
      shareWithPartners: {
        given: {
          label: consent.shareWithPartners,
          help: '',
        },
      },
      contactLater: {
        given: {
          label: consent.contactLater,
          help: '',
        },
      },
      research: {
        given: {
          label: consent.research,
          help: '',
        },
      },
    },
    notes: {
      label: '备注',
      help: '供工作人员使用。只写帮助此人所需的内容。本人可以要求查看关于自己的记录。',
    },
  },
  option: {
    SCAM_TYPES: {
      romance: '感情诈骗',
      investment: '投资诈骗',
      crypto: '加密货币诈骗',
      gambling: '网络赌博',
      impersonation: '冒充警察、政府人员或公司',
      other: '其他',
    },
    SEXES: {
      female: '女',
      male: '男',
      other: '其他',
      unknown: '不详',
      declined: '我不想回答',
    },
    DOCUMENT_TYPES: {
      passport: '护照',
      national_id: '身份证',
      residence_permit: '居留许可',
      work_permit: '工作许可',
      birth_certificate: '出生证明',
      other: '其他证件',
    },
    DOCUMENT_STATUSES: {
      held: '在我手上',
      confiscated: '被别人拿走并扣留',
      lost: '丢失了',
      expired: '在我手上，但已过期',
    },
    RECRUITMENT_METHODS: {
      social_media: '通过社交媒体',
      job_site: '通过招聘网站',
      friend_or_relative: '通过朋友或亲戚',
      agent: '通过中介',
      advertisement: '通过广告',
      other: '其他途径',
      unknown: '我不知道',
    },
    PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      wechat: '微信',
      line: 'LINE',
      instagram: 'Instagram',
      job_site: '招聘网站',
      other: '其他',
    },
    RECRUITMENT_CONSENT: {
      deceived: '我是被骗去的',
      voluntary: '我自愿去的，并且知道是什么工作',
      forced: '我是被强迫去的',
      unknown: '我不确定',
    },
    RECRUITER_RELATIONS: {
      stranger: '我不认识的人',
      friend: '朋友',
      relative: '家人或亲戚',
      partner: '伴侣，或正在交往的人',
      agent: '中介',
      employer: '雇主',
      other: '其他人',
      unknown: '我不知道',
    },
    WAGE_PERIODS: {
      hour: '每小时',
      day: '每天',
      week: '每周',
      month: '每月',
      year: '每年',
      lump_sum: '一次性付清',
    },
    DEPARTURE_MODES: {
      released: '园区的人放我走了',
      escaped: '我逃出来了',
      rescued: '我被解救了，或者警察、政府人员来了',
      other: '其他方式',
    },
    CONSENT_PURPOSES: {
      store: '保存您的信息',
      shareWithPartners: '与合作机构分享',
      contactLater: '以后联系您',
      research: '不具名用于研究',
    },
    MESSAGING_PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook 即时通讯（Messenger）',
      wechat: '微信',
      line: 'LINE',
      signal: 'Signal',
      other: '其他',
    },
    TRI_STATE: {
      yes: '是',
      no: '否',
      unknown: '我不知道',
      declined: '我不想回答',
    },
    AGE_BANDS: {
      '0-8': '0 至 8 岁',
      '9-17': '9 至 17 岁',
      '18-20': '18 至 20 岁',
      '21-23': '21 至 23 岁',
      '24-26': '24 至 26 岁',
      '27-29': '27 至 29 岁',
      '30-38': '30 至 38 岁',
      '39-47': '39 至 47 岁',
      '48+': '48 岁及以上',
    },
  },
  ilo: {
    abuseOfVulnerability: {
      short: '利用弱势处境',
      long: ilo.abuseOfVulnerability,
    },
    deception: {
      short: '欺骗',
      long: ilo.deception,
    },
    restrictionOfMovement: {
      short: '限制行动自由',
      long: ilo.restrictionOfMovement,
    },
    isolation: {
      short: '隔离',
      long: ilo.isolation,
    },
    physicalSexualViolence: {
      short: '身体暴力和性暴力',
      long: ilo.physicalSexualViolence,
    },
    intimidationThreats: {
      short: '恐吓和威胁',
      long: ilo.intimidationThreats,
    },
    retentionOfDocuments: {
      short: '扣留身份证件',
      long: ilo.retentionOfDocuments,
    },
    withholdingOfWages: {
      short: '扣发工资',
      long: ilo.withholdingOfWages,
    },
    debtBondage: {
      short: '债务奴役',
      long: ilo.debtBondage,
    },
    abusiveConditions: {
      short: '恶劣的工作和生活条件',
      long: ilo.abusiveConditions,
    },
    excessiveOvertime: {
      short: '过度加班',
      long: ilo.excessiveOvertime,
    },
  },
  step: {
    intake: {
      consent: {
        title: '您的信息和您的选择',
        intro: '开始之前，我们先说明会怎样使用您的回答。同意什么由您决定，以后也可以改变主意。',
      },
      'about-you': {
        title: '关于您',
        intro: '这能帮助我们了解您是谁、怎样联系您。请尽量回答。标有“选填”的问题可以不填。',
      },
      documents: {
        title: '您的身份证件',
        intro: '请告诉我们您的护照和其他证件的情况。如果证件被人拿走了，我们可以帮您办理新的证件。',
      },
      recruitment: {
        title: '您是怎样被招募的',
        intro: '请告诉我们这份工作是怎样介绍给您的。这能帮助我们了解发生了什么，并提醒其他人。',
      },
      exploitation: {
        title: '您被扣留的地方',
        intro: '请尽您所知，告诉我们您被迫在哪里工作。大概的回答也可以。',
      },
      departure: {
        title: '您是怎样离开的',
        intro: '请告诉我们您是怎样离开被扣留的地方的。',
      },
      indicators: {
        title: '您受到的对待',
        intro:
          '这些问题是关于您当时受到怎样的对待。只回答您愿意回答的。每个问题都可以选择“我不想回答”。发生的事情不是您的错。',
      },
      needs: {
        title: '您需要的帮助',
        intro: '请告诉我们现在什么对您有帮助。我们会告诉您我们和合作机构能提供什么。',
      },
      'check-answers': {
        title: '检查您的回答',
        intro: '发送之前请检查您的回答。任何回答都可以修改。',
      },
    },
  },
  consent: {
    store: {
      question: consent.store,
      explain:
        '我们保存您的回答是为了帮助您，比如签发旅行证件或安排您回家。只有负责您个案的工作人员能看到。如果您不同意，我们不会保存记录，但您仍然可以向我们求助。您可以随时改变主意。',
    },
    shareWithPartners: {
      question: consent.shareWithPartners,
      explain:
        '合作机构可以提供安全的住处、医疗、法律帮助或回家的帮助。我们只分享他们帮助您所需的信息，并且只与列出的机构分享。您可以拒绝，仍然会得到我们的帮助。您可以随时改变主意。',
    },
    contactLater: {
      question: consent.contactLater,
      explain:
        '我们可能想确认您是否安全，或告诉您个案的进展。我们只会使用您提供的电话号码或聊天软件。您可以随时改变主意。',
    },
    research: {
      question: consent.research,
      explain:
        '统计很多人的遭遇，有助于防止同样的事情发生在别人身上。您的姓名和任何能认出您的信息都会被删除，人数很少的数字永远不会公布。您可以拒绝，仍然会得到我们的帮助。您可以随时改变主意。',
    },
  },
});
