import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

/** Libellés en français du formulaire d’incident. */
export const fr: LabelCatalog = /* @__PURE__ */ flatten({
  incident: {
    type: {
      label: 'De quel type d’incident s’agit-il ?',
      help: '',
    },
    dates: {
      start: {
        label: 'Quand a-t-il commencé ?',
        help: 'Si vous ne connaissez que la semaine, le mois ou l’année, indiquez-en le premier jour et précisez-le plus bas.',
      },
      end: {
        label: 'Quand s’est-il terminé ?',
        help: 'Laissez vide s’il a eu lieu en un seul jour ou s’il est toujours en cours.',
      },
      precision: {
        label: 'Avec quelle précision les dates sont-elles connues ?',
        help: '',
      },
    },
    reportedOn: {
      label: 'Quand a-t-il été signalé pour la première fois ?',
      help: '',
    },
    location: {
      country: {
        label: 'Pays',
        help: '',
      },
      province: {
        label: 'Province ou région',
        help: '',
      },
      locality: {
        label: 'Ville ou secteur',
        help: 'Par exemple : Bavet.',
      },
      coordinates: {
        lat: {
          label: 'Latitude',
          help: 'En degrés décimaux, par exemple 11.0795.',
        },
        lon: {
          label: 'Longitude',
          help: 'En degrés décimaux, par exemple 106.1326.',
        },
        precision: {
          label: 'Quelle est la précision de ce lieu ?',
          help: 'Les cartes publiques ne montrent jamais un lieu plus précisément que ce que vous indiquez.',
        },
      },
    },
    compoundName: {
      label: 'Nom du complexe',
      help: 'S’il est connu.',
    },
    allegedOperator: {
      label: 'Exploitant présumé',
      help: 'L’entreprise ou le groupe qui dirigerait le complexe. Ne nommez que ce qu’une source étaye.',
    },
    peopleAffected: {
      min: {
        label: 'Estimation basse',
        help: 'Le plus petit nombre de personnes concernées que les sources étayent.',
      },
      best: {
        label: 'Meilleure estimation',
        help: 'Le nombre qui vous paraît le plus probable.',
      },
      max: {
        label: 'Estimation haute',
        help: 'Le plus grand nombre que les sources étayent. Quand les sources divergent, cela montre l’écart.',
      },
      'byCitizenship[]': {
        country: {
          label: 'Nationalité',
          help: '',
        },
        count: {
          label: 'Nombre de personnes',
          help: '',
        },
      },
      bySex: {
        female: {
          label: 'Femmes et filles',
          help: '',
        },
        male: {
          label: 'Hommes et garçons',
          help: '',
        },
        other: {
          label: 'Autre',
          help: '',
        },
        unknown: {
          label: 'Sexe inconnu',
          help: '',
        },
      },
      minors: {
        label: 'Enfants (moins de 18 ans)',
        help: '',
      },
    },
    outcomes: {
      label: 'Qu’est-il arrivé aux personnes concernées ?',
      help: 'Choisissez toutes les réponses qui conviennent.',
    },
    summary: {
      label: 'Résumé',
      help: 'Ce qui s’est passé, en quelques phrases. N’incluez ni nom ni détail qui permettrait d’identifier une personne.',
    },
    'sources[]': {
      kind: {
        label: 'De quel type de source s’agit-il ?',
        help: '',
      },
      url: {
        label: 'Adresse web',
        help: 'Commençant par https://',
      },
      publisher: {
        label: 'Qui l’a publiée ?',
        help: 'Par exemple : un média, une ambassade, une organisation ou le nom d’un compte.',
      },
      capturedOn: {
        label: 'Quand en avez-vous enregistré une copie ?',
        help: '',
      },
      archiveSha256: {
        label: 'Empreinte SHA-256 de la copie enregistrée',
        help: 'Permet de prouver plus tard que la copie n’a pas changé. 64 caractères, de 0 à 9 et de a à f.',
      },
      verification: {
        status: {
          label: 'Cette source a-t-elle été vérifiée ?',
          help: '',
        },
        methods: {
          label: 'Quelles vérifications ont été faites ?',
          help: 'Les trois vérifications du Protocole de Berkeley : qui l’a publiée, ses données techniques (comme la date et le lieu) et ce qu’elle montre.',
        },
        notes: {
          label: 'Notes de vérification',
          help: 'Comment elle a été vérifiée et ce qui a été constaté.',
        },
      },
    },
  },
  option: {
    INCIDENT_TYPES: {
      release: 'Personnes libérées d’un complexe',
      raid: 'Descente des autorités',
      rescue: 'Sauvetage',
      escape: 'Évasion',
      transfer: 'Personnes déplacées vers un autre lieu',
    },
    DATE_PRECISIONS: {
      day: 'Au jour près',
      week: 'À la semaine près',
      month: 'Au mois près',
      year: 'À l’année près',
    },
    COORDINATE_PRECISIONS: {
      exact: 'Lieu exact',
      approximate: 'Lieu approximatif',
      locality: 'Ville ou secteur seulement',
      province: 'Province seulement',
    },
    INCIDENT_OUTCOMES: {
      released: 'Libérées',
      detained: 'Placées en détention',
      deported: 'Expulsées',
      repatriated: 'Rentrées au pays',
      sheltered: 'Accueillies dans un refuge',
      moved_to_other_compound: 'Déplacées vers un autre complexe',
      missing: 'Disparues',
      unknown: 'Inconnu',
    },
    SOURCE_KINDS: {
      video: 'Vidéo',
      image: 'Photo ou image',
      social_post: 'Publication sur les réseaux sociaux',
      news: 'Article de presse',
      official_statement: 'Déclaration officielle',
      ngo_report: 'Rapport d’ONG',
      testimony: 'Témoignage',
    },
    VERIFICATION_STATUSES: {
      unverified: 'Non vérifiée',
      in_progress: 'Vérification en cours',
      verified: 'Vérifiée',
      disputed: 'Contestée',
      debunked: 'Démontrée fausse',
    },
    VERIFICATION_METHODS: {
      source: 'Source : qui l’a publiée et si elle est fiable',
      technical: 'Technique : date, lieu et données du fichier',
      content: 'Contenu : ce qu’elle montre, comparé à d’autres sources',
    },
  },
  step: {
    incident: {
      'what-happened': {
        title: 'Ce qui s’est passé',
        intro:
          'Décrivez l’incident : de quel type il s’agit, quand il a eu lieu et quelles en ont été les suites.',
      },
      where: {
        title: 'Où cela s’est passé',
        intro:
          'Indiquez le lieu aussi précisément que les sources le permettent, et dites avec quelle précision. Un lieu approximatif suffit.',
      },
      people: {
        title: 'Personnes concernées',
        intro:
          'Donnez l’estimation basse, la meilleure estimation et l’estimation haute du nombre de personnes concernées. Ajoutez une répartition si vous la connaissez.',
      },
      sources: {
        title: 'Sources',
        intro:
          'Ajoutez chaque source : ce que c’est, où elle a été trouvée et dans quelle mesure elle a été vérifiée.',
      },
      'check-answers': {
        title: 'Vérifiez l’incident avant de l’envoyer',
        intro:
          'Vérifiez les informations avant de les envoyer. Vous pouvez modifier n’importe quelle réponse.',
      },
    },
  },
});
