import { flatten, questionFields } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const ilo = {
  abuseOfVulnerability:
    'Quelqu’un a-t-il profité d’une situation difficile pour vous, par exemple parce que vous étiez loin de chez vous, ne parliez pas la langue ou aviez besoin d’argent ?',
  deception: 'Vous a-t-on menti sur le travail, le salaire, le lieu ou les conditions de travail ?',
  restrictionOfMovement: 'Vous empêchait-on de quitter le lieu où vous travailliez ou viviez ?',
  isolation:
    'Vous tenait-on à l’écart des autres, ou vous empêchait-on de contacter votre famille ou vos amis ?',
  physicalSexualViolence:
    'Quelqu’un vous a-t-il fait du mal, ou imposé quelque chose de sexuel que vous ne vouliez pas ?',
  intimidationThreats:
    'A-t-on proféré des menaces contre vous ou votre famille, par exemple de violences, d’une dénonciation à la police ou d’une revente à un autre complexe ?',
  retentionOfDocuments: 'Vous a-t-on pris ou gardé votre passeport ou votre pièce d’identité ?',
  withholdingOfWages: 'Votre salaire était-il plus bas que promis, versé en retard, ou pas versé du tout ?',
  debtBondage:
    'Vous a-t-on dit que vous leur deviez de l’argent, par exemple pour le voyage, la nourriture ou des amendes, et que vous deviez travailler pour le rembourser ?',
  abusiveConditions:
    'Avez-vous dû travailler ou vivre dans des conditions dangereuses ou dégradantes, par exemple sans assez de nourriture, d’eau, de sommeil ou de soins ?',
  excessiveOvertime: 'Vous a-t-on fait travailler de très longues heures, ou sans jour de repos ?',
};
const iloHelp =
  'Répondez seulement si vous vous en sentez capable. Vous pouvez choisir « Je préfère ne pas répondre ».';

const consent = {
  store: 'Acceptez-vous que nous conservions vos informations ?',
  shareWithPartners:
    'Acceptez-vous que nous partagions vos informations avec des organisations partenaires ?',
  contactLater: 'Pouvons-nous vous contacter plus tard ?',
  research: 'Pouvons-nous utiliser vos réponses, sans votre nom, pour des recherches ?',
};

/** Libellés en français du formulaire d’enregistrement. */
export const fr: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    person: {
      fullName: {
        label: 'Quel est votre nom complet ?',
        help: 'Écrivez-le comme vous l’écrivez d’habitude, dans n’importe quel alphabet. Un seul nom suffit si c’est votre nom complet.',
      },
      latinName: {
        label: 'Votre nom en lettres latines (facultatif)',
        help: 'Seulement si votre nom s’écrit dans un autre alphabet. Cela nous aide à retrouver votre nom sur les documents de voyage.',
      },
      sex: {
        label: 'Quel est votre sexe ?',
        help: 'Nous le demandons pour vous proposer l’aide adaptée, par exemple un lieu d’hébergement sûr.',
      },
      birthDate: {
        label: 'Quelle est votre date de naissance ?',
        help: 'Si vous ne la connaissez pas, indiquez plutôt votre âge.',
      },
      age: {
        label: 'Quel âge avez-vous ?',
        help: 'Une estimation suffit. Nous le demandons pour savoir si vous avez besoin d’une aide réservée aux jeunes.',
      },
      ageBand: {
        label: 'Dans quelle tranche d’âge êtes-vous ?',
        help: 'Seulement si vous ne souhaitez pas donner votre date de naissance ni votre âge.',
      },
      citizenship: {
        label: 'Quelle est votre nationalité ?',
        help: 'Choisissez chaque pays dont vous avez la nationalité. Cela nous indique quelle ambassade peut vous aider.',
      },
      languages: {
        label: 'Quelles langues parlez-vous ?',
        help: 'Pour que nous puissions vous parler dans une langue que vous comprenez bien.',
      },
      homeRegion: {
        label: 'D’où venez-vous ?',
        help: 'La province, la région ou la ville où vous retourneriez.',
      },
      phones: {
        label: 'À quel numéro de téléphone pouvons-nous vous joindre ?',
        help: 'Avec l’indicatif du pays, par exemple +62 pour l’Indonésie. Donnez seulement un numéro que vous pouvez utiliser en sécurité.',
      },
      'messaging[]': {
        platform: {
          label: 'Application de messagerie',
          help: '',
        },
        handle: {
          label: 'Votre nom d’utilisateur ou numéro sur cette application',
          help: 'Donnez seulement un compte que les personnes qui vous retenaient ne peuvent pas voir.',
        },
      },
    },
    'documents[]': {
      type: {
        label: 'De quel type de document s’agit-il ?',
        help: '',
      },
      number: {
        label: 'Numéro du document (facultatif)',
        help: 'Si vous le connaissez. Cela nous aide à remplacer le document plus vite.',
      },
      issuingCountry: {
        label: 'Quel pays l’a délivré ?',
        help: '',
      },
      status: {
        label: 'Où est ce document maintenant ?',
        help: 'Si quelqu’un l’a pris ou s’il est perdu, nous pouvons vous aider à en obtenir un nouveau.',
      },
    },
    recruitment: {
      method: {
        label: 'Comment vous a-t-on proposé ce travail ?',
        help: '',
      },
      platforms: {
        label: 'Quelles applications ou quels sites ont servi à vous contacter ?',
        help: 'Choisissez toutes les réponses qui conviennent. Cela aide à prévenir d’autres personnes contre ces offres.',
      },
      promisedJob: {
        label: 'Quel travail vous avait-on promis ?',
        help: 'Par exemple : service client, saisie de données, traduction.',
      },
      promisedWage: {
        amount: {
          label: 'Quel salaire vous avait-on promis ?',
          help: 'Indiquez le montant en chiffres, par exemple 600.',
        },
        currency: {
          label: 'Devise',
          help: '',
        },
        period: {
          label: 'À quelle période correspond ce salaire ?',
          help: '',
        },
      },
      how: {
        label: 'Qu’est-ce qui décrit le mieux votre arrivée là-bas ?',
        help: 'Il n’y a pas de mauvaise réponse. Beaucoup de personnes ont été trompées. Cela nous aide à vous apporter la bonne aide.',
      },
      date: {
        label: 'Quand votre recrutement a-t-il eu lieu ?',
        help: 'Une date approximative suffit.',
      },
      recruiterRelation: {
        label: 'Qui vous a proposé ce travail ?',
        help: '',
      },
    },
    exploitation: {
      country: {
        label: 'Dans quel pays vous retenait-on ?',
        help: '',
      },
      province: {
        label: 'Dans quelle province ou région ?',
        help: 'Si vous le savez.',
      },
      locality: {
        label: 'Dans quelle ville ou quel secteur ?',
        help: 'Par exemple : Bavet, Sihanoukville. Si vous ne savez pas, laissez vide.',
      },
      compoundName: {
        label: 'Comment s’appelait le complexe ou le bâtiment ?',
        help: 'Si vous le savez. Cela peut aider à protéger d’autres personnes encore sur place.',
      },
      startDate: {
        label: 'Depuis quand étiez-vous là-bas ?',
        help: 'Une date approximative suffit.',
      },
      endDate: {
        label: 'Quand avez-vous quitté ce lieu ?',
        help: 'Une date approximative suffit.',
      },
      scamTypes: {
        label: 'Sur quels types d’escroqueries vous a-t-on fait travailler ?',
        help: 'Choisissez toutes les réponses qui conviennent. Ce qu’on vous a forcé à faire n’est pas de votre faute.',
      },
    },
    departure: {
      how: {
        label: 'Comment avez-vous quitté ce lieu ?',
        help: '',
      },
      date: {
        label: 'Quand avez-vous quitté ce lieu ?',
        help: 'Une date approximative suffit.',
      },
    },
    indicators: questionFields(ilo, iloHelp),
    'wagesOwed[]': {
      amount: {
        label: 'Combien d’argent vous doit-on encore ?',
        help: 'Une estimation suffit. Cela peut appuyer une demande de paiement de votre salaire.',
      },
      currency: {
        label: 'Devise',
        help: '',
      },
    },
    needs: {
      returnHome: {
        label: 'Voulez-vous rentrer dans votre pays ?',
        help: '',
      },
      canTravelIndependently: {
        label: 'Pouvez-vous rentrer chez vous par vos propres moyens ?',
        help: 'Par exemple, si vous avez l’argent du billet et vous sentez en sécurité pour voyager sans accompagnement.',
      },
      emergencyTravelDocument: {
        label: 'Avez-vous besoin d’un document de voyage d’urgence ?',
        help: 'Si vous n’avez pas de passeport valide, nous pouvons vous en délivrer un pour rentrer.',
      },
      medical: {
        label: 'Avez-vous besoin de soins médicaux ?',
        help: '',
      },
      psychological: {
        label: 'Aimeriez-vous parler à quelqu’un de ce qui s’est passé ?',
        help: 'Des personnes formées peuvent vous soutenir. C’est votre choix.',
      },
      shelter: {
        label: 'Avez-vous besoin d’un lieu sûr où dormir ?',
        help: '',
      },
      legal: {
        label: 'Avez-vous besoin de conseils juridiques ?',
        help: 'Par exemple sur votre visa, vos documents ou un salaire impayé.',
      },
      familyContact: {
        label: 'Voulez-vous de l’aide pour contacter votre famille ?',
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
      label: 'Remarques',
      help: 'Pour le personnel. N’écrivez que ce qui est utile pour aider cette personne. Elle peut demander à voir ce qui est écrit à son sujet.',
    },
  },
  option: {
    SCAM_TYPES: {
      romance: 'Arnaques sentimentales',
      investment: 'Arnaques à l’investissement',
      crypto: 'Arnaques aux cryptomonnaies',
      gambling: 'Jeux d’argent en ligne',
      impersonation: 'Se faire passer pour la police, un service officiel ou une entreprise',
      other: 'Autre',
    },
    SEXES: {
      female: 'Femme',
      male: 'Homme',
      other: 'Autre',
      unknown: 'Inconnu',
      declined: 'Je préfère ne pas répondre',
    },
    DOCUMENT_TYPES: {
      passport: 'Passeport',
      national_id: 'Carte nationale d’identité',
      residence_permit: 'Titre de séjour',
      work_permit: 'Permis de travail',
      birth_certificate: 'Acte de naissance',
      other: 'Autre document',
    },
    DOCUMENT_STATUSES: {
      held: 'Je l’ai',
      confiscated: 'Quelqu’un l’a pris et gardé',
      lost: 'Perdu',
      expired: 'Je l’ai, mais il a expiré',
    },
    RECRUITMENT_METHODS: {
      social_media: 'Par les réseaux sociaux',
      job_site: 'Par un site d’offres d’emploi',
      friend_or_relative: 'Par un ami ou un proche',
      agent: 'Par un agent ou un intermédiaire',
      advertisement: 'Par une annonce',
      other: 'D’une autre façon',
      unknown: 'Je ne sais pas',
    },
    PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      wechat: 'WeChat',
      line: 'LINE',
      instagram: 'Instagram',
      job_site: 'Un site d’offres d’emploi',
      other: 'Autre',
    },
    RECRUITMENT_CONSENT: {
      deceived: 'On m’a menti sur ce qui m’attendait',
      voluntary: 'J’ai choisi d’y aller en sachant quel était le travail',
      forced: 'Par la force, sans avoir le choix',
      unknown: 'Je ne sais pas trop',
    },
    RECRUITER_RELATIONS: {
      stranger: 'Quelqu’un que je ne connaissais pas',
      friend: 'Un ami',
      relative: 'Un membre de ma famille',
      partner: 'Un ou une partenaire, ou quelqu’un que je fréquentais',
      agent: 'Un agent ou un intermédiaire',
      employer: 'Un employeur',
      other: 'Quelqu’un d’autre',
      unknown: 'Je ne sais pas',
    },
    WAGE_PERIODS: {
      hour: 'Par heure',
      day: 'Par jour',
      week: 'Par semaine',
      month: 'Par mois',
      year: 'Par an',
      lump_sum: 'Un seul paiement',
    },
    DEPARTURE_MODES: {
      released: 'Les responsables du complexe m’ont laissé partir',
      escaped: 'En m’échappant',
      rescued: 'Grâce à un sauvetage, ou une intervention de la police ou des autorités',
      other: 'D’une autre façon',
    },
    CONSENT_PURPOSES: {
      store: 'Conserver vos informations',
      shareWithPartners: 'Partager avec des organisations partenaires',
      contactLater: 'Vous contacter plus tard',
      research: 'Recherche sans votre nom',
    },
    MESSAGING_PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook Messenger',
      wechat: 'WeChat',
      line: 'LINE',
      signal: 'Signal',
      other: 'Autre',
    },
    TRI_STATE: {
      yes: 'Oui',
      no: 'Non',
      unknown: 'Je ne sais pas',
      declined: 'Je préfère ne pas répondre',
    },
    AGE_BANDS: {
      '0-8': 'De 0 à 8 ans',
      '9-17': 'De 9 à 17 ans',
      '18-20': 'De 18 à 20 ans',
      '21-23': 'De 21 à 23 ans',
      '24-26': 'De 24 à 26 ans',
      '27-29': 'De 27 à 29 ans',
      '30-38': 'De 30 à 38 ans',
      '39-47': 'De 39 à 47 ans',
      '48+': '48 ans ou plus',
    },
  },
  ilo: {
    abuseOfVulnerability: {
      short: 'Abus de vulnérabilité',
      long: ilo.abuseOfVulnerability,
    },
    deception: {
      short: 'Tromperie',
      long: ilo.deception,
    },
    restrictionOfMovement: {
      short: 'Restriction de la liberté de mouvement',
      long: ilo.restrictionOfMovement,
    },
    isolation: {
      short: 'Isolement',
      long: ilo.isolation,
    },
    physicalSexualViolence: {
      short: 'Violences physiques et sexuelles',
      long: ilo.physicalSexualViolence,
    },
    intimidationThreats: {
      short: 'Intimidation et menaces',
      long: ilo.intimidationThreats,
    },
    retentionOfDocuments: {
      short: 'Confiscation des pièces d’identité',
      long: ilo.retentionOfDocuments,
    },
    withholdingOfWages: {
      short: 'Retenue sur salaire',
      long: ilo.withholdingOfWages,
    },
    debtBondage: {
      short: 'Servitude pour dettes',
      long: ilo.debtBondage,
    },
    abusiveConditions: {
      short: 'Conditions de travail et de vie abusives',
      long: ilo.abusiveConditions,
    },
    excessiveOvertime: {
      short: 'Heures supplémentaires excessives',
      long: ilo.excessiveOvertime,
    },
  },
  step: {
    intake: {
      consent: {
        title: 'Vos informations et vos choix',
        intro:
          'Avant de commencer, nous vous expliquons ce que nous faisons de vos réponses. Vous décidez de ce que vous acceptez, et vous pouvez changer d’avis plus tard.',
      },
      'about-you': {
        title: 'À propos de vous',
        intro:
          'Cela nous aide à savoir qui vous êtes et comment vous joindre. Répondez à ce que vous pouvez. Les questions marquées « facultatif » peuvent rester vides.',
      },
      documents: {
        title: 'Vos pièces d’identité',
        intro:
          'Parlez-nous de votre passeport et de vos autres papiers. Si quelqu’un a pris vos documents, nous pouvons vous aider à en obtenir de nouveaux.',
      },
      recruitment: {
        title: 'Votre recrutement',
        intro:
          'Dites-nous comment ce travail vous a été proposé. Cela nous aide à comprendre ce qui s’est passé et à prévenir d’autres personnes.',
      },
      exploitation: {
        title: 'Le lieu où l’on vous retenait',
        intro:
          'Dites-nous où l’on vous a fait travailler, autant que vous le savez. Des réponses approximatives suffisent.',
      },
      departure: {
        title: 'Votre départ',
        intro: 'Dites-nous comment vous avez quitté le lieu où l’on vous retenait.',
      },
      indicators: {
        title: 'Ce que vous avez vécu là-bas',
        intro:
          'Ces questions portent sur la façon dont on vous traitait. Répondez seulement à ce que vous vous sentez capable de dire. Vous pouvez choisir « Je préfère ne pas répondre » à chaque question. Ce qui s’est passé n’est pas de votre faute.',
      },
      needs: {
        title: 'L’aide dont vous avez besoin',
        intro:
          'Dites-nous ce qui vous aiderait maintenant. Nous vous dirons ce que nous et nos partenaires pouvons proposer.',
      },
      'check-answers': {
        title: 'Vérifiez vos réponses',
        intro: 'Vérifiez vos réponses avant de les envoyer. Vous pouvez modifier n’importe quelle réponse.',
      },
    },
  },
  consent: {
    store: {
      question: consent.store,
      explain:
        'Nous conservons vos réponses pour pouvoir vous aider, par exemple pour délivrer des documents de voyage ou organiser votre retour. Seules les personnes qui s’occupent de votre dossier peuvent les voir. Si vous refusez, nous ne garderons pas de fiche, mais vous pouvez toujours nous demander de l’aide. Vous pouvez changer d’avis à tout moment.',
    },
    shareWithPartners: {
      question: consent.shareWithPartners,
      explain:
        'Des organisations partenaires peuvent proposer un hébergement sûr, des soins, une aide juridique ou une aide pour rentrer. Nous partageons seulement ce dont elles ont besoin pour vous aider, et seulement avec les organisations nommées. Vous pouvez refuser et recevoir quand même notre aide. Vous pouvez changer d’avis à tout moment.',
    },
    contactLater: {
      question: consent.contactLater,
      explain:
        'Nous pourrions vouloir vérifier que vous êtes en sécurité ou vous donner des nouvelles de votre dossier. Nous utiliserons seulement le numéro ou l’application que vous nous donnez. Vous pouvez changer d’avis à tout moment.',
    },
    research: {
      question: consent.research,
      explain:
        'Compter ce qui est arrivé à beaucoup de personnes aide à éviter que cela arrive à d’autres. Votre nom et tout ce qui pourrait vous identifier sont retirés, et les petits nombres ne sont jamais publiés. Vous pouvez refuser et recevoir quand même notre aide. Vous pouvez changer d’avis à tout moment.',
    },
  },
});
