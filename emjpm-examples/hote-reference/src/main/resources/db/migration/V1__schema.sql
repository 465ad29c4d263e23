-- Schéma de l'hôte de référence emjpm (PostgreSQL). Les règles sont dans la bibliothèque : ces tables
-- ne font que stocker, et les index servent les lectures de l'hôte (unicité, comptage, listes).

create table tribunal (
  id          varchar(20) primary key,       -- TribunalId du référentiel
  siret       varchar(14) not null unique,
  nom         text        not null,
  departement varchar(3)  not null
);

create table gestionnaire (
  type        varchar(12) not null,          -- individuel, prepose, service
  numero      bigint      not null,
  nom         text        not null,
  siret       varchar(14),
  code_postal varchar(5),
  ville       text,
  adresse     text,
  email       text,
  mesures_max integer     not null default 0,
  suspendu    boolean     not null default false,
  habilite    boolean     not null default false,
  latitude    double precision,
  longitude   double precision,
  primary key (type, numero)
);
create index gestionnaire_position on gestionnaire (latitude, longitude) where latitude is not null;

create table gestionnaire_departement (
  type        varchar(12) not null,
  numero      bigint      not null,
  departement varchar(3)  not null,
  primary key (type, numero, departement),
  foreign key (type, numero) references gestionnaire on delete cascade
);
create index gestionnaire_departement_dep on gestionnaire_departement (departement);

create table gestionnaire_tribunal (
  type        varchar(12) not null,
  numero      bigint      not null,
  tribunal_id varchar(20) not null,
  primary key (type, numero, tribunal_id),
  foreign key (type, numero) references gestionnaire on delete cascade
);
create index gestionnaire_tribunal_tri on gestionnaire_tribunal (tribunal_id);

create table antenne (
  id          bigint      primary key,
  service     bigint      not null,          -- numéro du service (type service)
  nom         text        not null,
  departement varchar(3),
  mesures_max integer     not null default 0
);
create index antenne_service on antenne (service);

create table mesure (
  id                  bigserial   primary key,
  gestionnaire_type   varchar(12) not null,
  gestionnaire_numero bigint      not null,
  tribunal_id         varchar(20) not null,
  numero_rg           varchar(8)  not null,
  statut              varchar(12) not null,  -- en_attente, en_cours, eteinte
  antenne_id          bigint,
  nature              varchar(40),
  departement         varchar(3),
  date_nomination     date,
  date_fin_mesure     date,
  cree_le             timestamptz,
  document            jsonb       not null,  -- la mesure entière (module Jackson d'emjpm), relue telle quelle
  unique (gestionnaire_type, gestionnaire_numero, tribunal_id, numero_rg)
);
-- comptage des mesures en cours et en attente, par gestionnaire (index seul, sans lire les lignes)
create index mesure_comptage on mesure (gestionnaire_type, gestionnaire_numero, statut, antenne_id);
create index mesure_echeance on mesure (date_fin_mesure) where statut = 'en_cours';
create index mesure_attente on mesure (cree_le) where statut = 'en_attente';

-- états et ressources de chaque mesure, à plat pour les requêtes de l'hôte (réécrits à chaque écriture)
create table mesure_etat (
  mesure_id            bigint      not null references mesure on delete cascade,
  date_changement_etat date        not null,
  nature               varchar(40),
  champ                varchar(40),
  lieu_vie             varchar(40),
  code_postal          varchar(5),
  ville                text,
  primary key (mesure_id, date_changement_etat)
);

create table mesure_ressource (
  mesure_id   bigint  not null references mesure on delete cascade,
  annee       integer not null,
  prestations text,
  primary key (mesure_id, annee)
);

-- compteurs matérialisés par gestionnaire, recalculés depuis la table mesure dans la transaction de
-- chaque écriture (effet « recompter » de la bibliothèque) : la disponibilité nationale lit 12 000
-- lignes au lieu d'agréger 712 000 mesures
create table compteur (
  gestionnaire_type   varchar(12) not null,
  gestionnaire_numero bigint      not null,
  antenne_id          bigint      not null default 0,  -- 0 : le gestionnaire entier
  en_cours            integer     not null,
  en_attente          integer     not null,
  primary key (gestionnaire_type, gestionnaire_numero, antenne_id)
);
