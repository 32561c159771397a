import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

/** 简体中文标签：事件表。 */
export const zhHans: LabelCatalog = /* @__PURE__ */ flatten({
  incident: {
    type: {
      label: '这是什么类型的事件？',
      help: '',
    },
    dates: {
      start: {
        label: '事件什么时候开始？',
        help: '如果只知道是哪一周、哪个月或哪一年，请填写第一天，并在下面注明。',
      },
      end: {
        label: '事件什么时候结束？',
        help: '如果事件只发生在一天之内或仍在持续，请留空。',
      },
      precision: {
        label: '日期的准确程度如何？',
        help: '',
      },
    },
    reportedOn: {
      label: '事件首次报道是在什么时候？',
      help: '',
    },
    location: {
      country: {
        label: '国家',
        help: '',
      },
      province: {
        label: '省或地区',
        help: '',
      },
      locality: {
        label: '城镇或地方',
        help: '例如：巴域。',
      },
      coordinates: {
        lat: {
          label: '纬度',
          help: '用十进制度数表示，例如 11.0795。',
        },
        lon: {
          label: '经度',
          help: '用十进制度数表示，例如 106.1326。',
        },
        precision: {
          label: '这个位置有多准确？',
          help: '公开地图显示的位置不会比您所说的更精确。',
        },
      },
    },
    compoundName: {
      label: '园区名称',
      help: '如果知道的话。',
    },
    allegedOperator: {
      label: '涉嫌经营者',
      help: '据称经营该园区的公司或团伙。只填写有来源支持的内容。',
    },
    peopleAffected: {
      min: {
        label: '最低估计',
        help: '有来源支持的最少受影响人数。',
      },
      best: {
        label: '最佳估计',
        help: '您认为最可能的人数。',
      },
      max: {
        label: '最高估计',
        help: '有来源支持的最多人数。各来源说法不一时，可以显示出范围。',
      },
      'byCitizenship[]': {
        country: {
          label: '国籍',
          help: '',
        },
        count: {
          label: '人数',
          help: '',
        },
      },
      bySex: {
        female: {
          label: '女性（含女童）',
          help: '',
        },
        male: {
          label: '男性（含男童）',
          help: '',
        },
        other: {
          label: '其他',
          help: '',
        },
        unknown: {
          label: '性别不详',
          help: '',
        },
      },
      minors: {
        label: '儿童（未满 18 岁）',
        help: '',
      },
    },
    outcomes: {
      label: '受影响的人后来怎么样了？',
      help: '请选择所有符合的选项。',
    },
    summary: {
      label: '概要',
      help: '用几句话说明发生了什么。不要写姓名或任何能认出某个人的细节。',
    },
    'sources[]': {
      kind: {
        label: '这是什么类型的来源？',
        help: '',
      },
      url: {
        label: '网址',
        help: '以 https:// 开头',
      },
      publisher: {
        label: '由谁发布？',
        help: '例如：新闻媒体、大使馆、机构或账号名称。',
      },
      capturedOn: {
        label: '您是什么时候保存副本的？',
        help: '',
      },
      archiveSha256: {
        label: '已保存副本的 SHA-256 指纹',
        help: '用来日后证明副本没有被改动。64 个字符，只含 0 到 9 和 a 到 f。',
      },
      verification: {
        status: {
          label: '这个来源核实过了吗？',
          help: '',
        },
        methods: {
          label: '做过哪些核查？',
          help: '《伯克利议定书》的三项核查：谁发布的、技术数据（如日期和地点）、以及内容显示了什么。',
        },
        notes: {
          label: '核实说明',
          help: '是怎样核实的，发现了什么。',
        },
      },
    },
  },
  option: {
    INCIDENT_TYPES: {
      release: '园区放人',
      raid: '执法部门突袭',
      rescue: '解救',
      escape: '逃离',
      transfer: '人员被转移到别处',
    },
    DATE_PRECISIONS: {
      day: '精确到日',
      week: '精确到周',
      month: '精确到月',
      year: '精确到年',
    },
    COORDINATE_PRECISIONS: {
      exact: '准确位置',
      approximate: '大概位置',
      locality: '仅知道城镇或地方',
      province: '仅知道省份',
    },
    INCIDENT_OUTCOMES: {
      released: '被释放',
      detained: '被拘留',
      deported: '被驱逐出境',
      repatriated: '已回国',
      sheltered: '被送往庇护所',
      moved_to_other_compound: '被转移到另一个园区',
      missing: '下落不明',
      unknown: '不详',
    },
    SOURCE_KINDS: {
      video: '视频',
      image: '照片或图片',
      social_post: '社交媒体帖子',
      news: '新闻报道',
      official_statement: '官方声明',
      ngo_report: '非政府组织报告',
      testimony: '证人陈述',
    },
    VERIFICATION_STATUSES: {
      unverified: '未核实',
      in_progress: '核实中',
      verified: '已核实',
      disputed: '有争议',
      debunked: '已证实为假',
    },
    VERIFICATION_METHODS: {
      source: '来源：谁发布的，是否可靠',
      technical: '技术：日期、地点和文件数据',
      content: '内容：显示了什么，与其他来源对比',
    },
  },
  step: {
    incident: {
      'what-happened': {
        title: '发生了什么',
        intro: '请描述事件：是什么类型、什么时候发生、结果如何。',
      },
      where: {
        title: '发生地点',
        intro: '请在来源允许的范围内尽量准确地填写地点，并说明准确程度。大概的地点也可以。',
      },
      people: {
        title: '受影响的人',
        intro: '请填写受影响人数的最低、最佳和最高估计。如果知道细分情况，也请填写。',
      },
      sources: {
        title: '来源',
        intro: '请逐一添加证据来源：是什么、在哪里找到、核实到什么程度。',
      },
      'check-answers': {
        title: '发送前检查事件信息',
        intro: '发送之前请检查各项信息。任何回答都可以修改。',
      },
    },
  },
});
