import type { FlowStrings } from './en.js';

export const fr: FlowStrings = {
  'flow.messaging.item': 'Compte de messagerie {n}',
  'flow.messaging.add': 'Ajouter un autre compte de messagerie',
  'flow.messaging.remove': 'Retirer le compte de messagerie {n}',
  'flow.documents.item': 'Document {n}',
  'flow.documents.add': 'Ajouter un autre document',
  'flow.documents.remove': 'Retirer le document {n}',
  'flow.wagesOwed.item': 'Somme due {n}',
  'flow.wagesOwed.add': 'Ajouter une autre somme due',
  'flow.wagesOwed.remove': 'Retirer la somme due {n}',
  'flow.byCitizenship.item': 'Groupe de nationalité {n}',
  'flow.byCitizenship.add': 'Ajouter une autre nationalité',
  'flow.byCitizenship.remove': 'Retirer le groupe de nationalité {n}',
  'flow.sources.item': 'Source {n}',
  'flow.sources.add': 'Ajouter une autre source',
  'flow.sources.remove': 'Retirer la source {n}',
  'flow.discard.title': 'Supprimer vos réponses ?',
  'flow.discard.yes': 'Oui, les supprimer',
  'flow.discard.no': 'Non, les garder',
  'flow.setupProblem':
    'Ce formulaire n’est pas configuré correctement. Merci de le signaler aux responsables de ce site :',
  'flow.sectionEmpty': 'Aucune réponse dans cette partie',
  'flow.loading': 'Chargement de vos réponses enregistrées…',
};
