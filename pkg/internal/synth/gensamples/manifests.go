package main

// The manifests of the sample packs. Dates are chosen against the lint date
// 2026-11-26 that the golden reports use.

const annaClean = `# A pack that passes: a valid passport and a recent utility bill.
version: 1
jurisdiction: gb
applicant:
  name: Anna Maria Lindqvist
  date_of_birth: 1984-08-12
  nationality: SWE
  address: 12 High Street, London SW1A 1AA
documents:
  - file: passport.jpg
    type: passport
    name: LINDQVIST ANNA MARIA
    date_of_birth: 1984-08-12
    expiry_date: 2031-04-15
    number: XS4521879
    nationality: SWE
    sex: F
    mrz: |
      P<SWELINDQVIST<<ANNA<MARIA<<<<<<<<<<<<<<<<<<
      XS45218797SWE8408129F3104150<<<<<<<<<<<<<<06
  - file: bill.pdf
    type: utility_bill
    name: Ms A M Lindqvist
    address: 12 High St, London SW1A 1AA
    issue_date: 2026-10-02
`

const benExpired = `# The passport expired in June 2025.
version: 1
jurisdiction: gb
applicant:
  name: Ben Okafor
  date_of_birth: 1979-02-03
documents:
  - file: passport.jpg
    type: passport
    name: OKAFOR BEN
    date_of_birth: 1979-02-03
    expiry_date: 2025-06-30
    number: XB1100223
  - file: statement.pdf
    type: bank_statement
    name: Mr B Okafor
    address: 4 Mill Lane, Leeds LS1 4AB
    issue_date: 2026-11-01
`

const chloeOldBill = `# A mobile phone bill (refused in the UK) that is also five months old.
version: 1
jurisdiction: gb
applicant:
  name: Chloe Martin
  date_of_birth: 1995-06-21
documents:
  - file: id-front.jpg
    type: id_card
    side: front
    name: MARTIN CHLOE
    date_of_birth: 1995-06-21
    expiry_date: 2030-01-31
    number: XC7781234
  - file: id-back.jpg
    type: id_card
    side: back
  - file: phone-bill.jpg
    type: phone_bill
    name: Chloe Martin
    address: Flat 2, 9 Kings Road, Brighton BN1 1AA
    issue_date: 2026-06-15
`

const devTypos = `# Typing slips: a day-first date, a misspelt key, a missing number.
version: 1
jurisdiction: gb
applicant:
  name: Dev Sharma
  date_of_birth: 23/09/1991
documents:
  - file: licence.jpg
    type: driving_licence
    name: SHARMA DEV
    date_of_birth: 1991-09-23
    expiry_date: 2033-09-22
  - file: bill.pdf
    type: utility_bill
    name: Mr D Sharma
    adress: 77 Park Avenue, Bristol BS1 5AA
    issue_date: 2026-10-20
`

const emmaFiles = `# Files a reviewer cannot use: an iPhone HEIC photo, a PNG named .jpg, a thumbnail.
version: 1
applicant:
  name: Emma Schulz
  date_of_birth: 1988-11-30
documents:
  - file: passport.heic
    type: passport
    name: SCHULZ EMMA
    date_of_birth: 1988-11-30
    expiry_date: 2032-03-01
    number: XE0099887
  - file: bill.jpg
    type: utility_bill
    name: Emma Schulz
    address: 3 Elm Road, Cambridge CB1 1AA
    issue_date: 2026-11-10
  - file: selfie.jpg
    type: selfie
`

const finnYoung = `# The applicant turns 18 in March 2027.
version: 1
jurisdiction: gb
applicant:
  name: Finn Byrne
  date_of_birth: 2009-03-14
documents:
  - file: passport.jpg
    type: passport
    name: BYRNE FINN
    date_of_birth: 2009-03-14
    expiry_date: 2029-03-13
    number: XF5550101
  - file: bill.pdf
    type: utility_bill
    name: Mr F Byrne
    address: 21 Quay Street, Manchester M3 3AA
    issue_date: 2026-11-05
`

const gitaPaths = `# A statement outside the pack, a missing selfie and an unlisted note.
version: 1
applicant:
  name: Gita Rao
  date_of_birth: 1990-12-01
documents:
  - file: passport.jpg
    type: passport
    name: RAO GITA
    date_of_birth: 1990-12-01
    expiry_date: 2034-12-01
    number: XT3141592
  - file: ../shared/statement.pdf
    type: bank_statement
    name: Ms G Rao
    address: 8 Canal Street, Nottingham NG1 7AA
    issue_date: 2026-11-02
  - file: selfie.jpg
    type: selfie
`

const inesMismatch = `# Typed differently: a day/month swap, a bill in another name, another house number.
version: 1
applicant:
  name: Inês Ferreira
  date_of_birth: 1992-07-04
  address: 41 Rua Augusta, 1100-053 Lisboa
documents:
  - file: passport.jpg
    type: passport
    name: FERREIRA INES
    date_of_birth: 1992-04-07
    expiry_date: 2032-01-01
    number: XP7070707
    nationality: PRT
    sex: F
    mrz: |
      P<PRTFERREIRA<<INES<<<<<<<<<<<<<<<<<<<<<<<<<
      XP70707070PRT9207042F3201015<<<<<<<<<<<<<<00
  - file: bill.pdf
    type: utility_bill
    name: Sr Paulo Ferreira
    address: 14 Rua Augusta, 1100-053 Lisboa
    issue_date: 2026-11-03
`

const jonasMRZ = `# The MRZ was copied with a wrong digit, and its expiry is not the printed one.
version: 1
applicant:
  name: Jonas Weber
  date_of_birth: 1985-02-03
documents:
  - file: passport.jpg
    type: passport
    name: WEBER JONAS
    date_of_birth: 1985-02-03
    expiry_date: 2030-09-16
    number: C4J7RT2K5
    sex: M
    mrz: |
      P<DEUWEBER<<JONAS<<<<<<<<<<<<<<<<<<<<<<<<<<<
      C4J7RT2K53DEU8502037M3009152<<<<<<<<<<<<<<00
  - file: statement.pdf
    type: bank_statement
    name: Herr Jonas Weber
    address: Hauptstraße 5, 10115 Berlin
    issue_date: 2026-10-30
`
