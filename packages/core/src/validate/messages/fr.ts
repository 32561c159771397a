import type { MessageCatalog } from '../issues.js';

/** Messages de validation en français. Les `{name}` reprennent les paramètres du problème. */
export const fr: MessageCatalog = {
  required: 'Répondez à cette question pour continuer.',
  invalid_type: 'Nous n’avons pas pu lire cette réponse. Vérifiez-la et saisissez-la à nouveau.',
  invalid_input: 'Nous n’avons pas pu lire cette fiche. Vérifiez qu’elle est complète et réessayez.',
  invalid_choice: 'Choisissez l’une des réponses proposées.',
  invalid_number: 'Saisissez un nombre, uniquement avec des chiffres, par exemple 600.',
  not_integer: 'Saisissez un nombre entier, sans décimales, par exemple 3.',
  too_small: 'Ce nombre est trop petit. Vérifiez-le et saisissez-le à nouveau.',
  too_big: 'Ce nombre est trop grand. Vérifiez-le et saisissez-le à nouveau.',
  too_long: 'Cette réponse est trop longue. Raccourcissez-la.',
  invalid_characters:
    'Cette réponse contient des caractères cachés (caractères de contrôle ou de mise en forme invisibles, souvent collés avec le texte). Saisissez-la à nouveau sans eux.',
  too_many: 'Il y a trop d’éléments. Retirez-en quelques-uns.',
  invalid_date: 'Saisissez une date réelle, avec le jour, le mois et l’année.',
  invalid_uuid: 'Cette référence n’est pas valide. Vérifiez-la et saisissez-la à nouveau.',
  invalid_url: 'Saisissez une adresse web qui commence par https:// ou http://.',
  invalid_sha256: 'Saisissez l’empreinte SHA-256 en 64 caractères, uniquement de 0 à 9 et de a à f.',
  invalid_country: 'Choisissez un pays dans la liste.',
  invalid_province: 'Choisissez dans la liste une province ou une région de ce pays.',
  invalid_language: 'Choisissez une langue dans la liste.',
  invalid_phone:
    'Saisissez le numéro de téléphone avec l’indicatif du pays, uniquement en chiffres, par exemple +6281234567890.',
  invalid_currency: 'Choisissez une devise dans la liste.',
  unsupported_version:
    'Cette fiche a été créée avec une version de Homeward que nous ne pouvons pas lire. Mettez-la d’abord à jour.',
  date_in_future: 'Cette date doit être aujourd’hui ou dans le passé.',
  date_order:
    'Cette date doit être identique ou postérieure à une date précédente ({after}). Vérifiez les deux dates.',
  age_mismatch: 'L’âge ne correspond pas à la date de naissance. Vérifiez les deux.',
  age_band_mismatch: 'La tranche d’âge ne correspond pas à l’âge. Pour cet âge, la tranche est {expected}.',
  minor_not_flagged:
    'Cette personne avait moins de 18 ans lors de son enregistrement ou de son recrutement : la fiche doit être signalée pour la protection de l’enfance.',
  consent_required:
    'Nous ne pouvons garder cette fiche que si la personne accepte que nous conservions ses informations.',
  estimate_order:
    'L’estimation basse ne doit pas dépasser la meilleure estimation, et la meilleure estimation ne doit pas dépasser l’estimation haute.',
  breakdown_exceeds_max: 'Ces nombres dépassent au total l’estimation haute ({max}). Vérifiez-les.',
};
