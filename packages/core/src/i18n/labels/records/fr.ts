import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const consentDate = 'Date de cette réponse';
const consentDateHelp = 'Le jour où la personne a donné ou refusé ce consentement.';
const consentWithdrawn = 'Date du retrait du consentement';
const consentWithdrawnHelp = 'Seulement si la personne a changé d’avis. Sinon, laissez vide.';

/** Libellés en français qu’aucun formulaire n’affiche. */
export const fr: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    id: {
      label: 'Référence de la fiche',
      help: '',
    },
    schemaVersion: {
      label: 'Version du format de la fiche',
      help: '',
    },
    registrationDate: {
      label: 'Date d’enregistrement',
      help: '',
    },
    office: {
      label: 'Bureau',
      help: 'L’ambassade, le consulat ou l’organisation qui enregistre cette personne.',
    },
    channel: {
      label: 'Comment cette personne nous a-t-elle contactés ?',
      help: '',
    },
    departure: {
      incidentId: {
        label: 'Référence de l’incident lié',
        help: 'Si cette personne est partie lors d’une libération ou d’une descente déjà enregistrée.',
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
          label: 'Avec quelles organisations pouvons-nous partager ?',
          help: 'Nous partageons seulement avec les organisations nommées ici.',
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
      label: 'Protection de l’enfance',
      help: 'Coché automatiquement si la personne avait moins de 18 ans à l’enregistrement ou au recrutement. Orientez-la vers les services de protection de l’enfance.',
    },
    status: {
      label: 'État du dossier',
      help: '',
    },
  },
  option: {
    CHANNELS: {
      walk_in: 'Venue au bureau',
      hotline: 'Appel à la ligne d’assistance',
      online: 'En ligne',
      referral: 'Orientée par une autre organisation',
      outreach: 'Rencontrée par une équipe de terrain',
    },
    NEEDS: {
      returnHome: 'Rentrer chez soi',
      canTravelIndependently: 'Peut voyager sans aide',
      emergencyTravelDocument: 'Document de voyage d’urgence',
      medical: 'Soins médicaux',
      psychological: 'Soutien psychologique',
      shelter: 'Un lieu sûr où dormir',
      legal: 'Conseils juridiques',
      familyContact: 'Contacter la famille',
    },
    CASE_STATUSES: {
      registered: 'Enregistré',
      assessed: 'Besoins évalués',
      documents_issued: 'Documents délivrés',
      repatriated: 'Retour au pays effectué',
      referred: 'Orienté vers une autre organisation',
      closed: 'Clos',
    },
  },
  incident: {
    id: {
      label: 'Référence de l’incident',
      help: '',
    },
    schemaVersion: {
      label: 'Version du format de la fiche',
      help: '',
    },
  },
});
