package address

// expansions maps an abbreviation or spelling to the canonical word both
// addresses are compared in. Words whose meaning depends on position (St,
// Dr, R) are handled in expand.go.
var expansions = map[string]string{
	"RD": "ROAD", "AVE": "AVENUE", "AV": "AVENUE", "AVN": "AVENUE", "LN": "LANE",
	"CT": "COURT", "CRT": "COURT", "SQ": "SQUARE", "PL": "PLACE", "PLATZ": "PLACE",
	"BLVD": "BOULEVARD", "BD": "BOULEVARD", "BVD": "BOULEVARD", "HWY": "HIGHWAY",
	"CRES": "CRESCENT", "CR": "CRESCENT", "TCE": "TERRACE", "TER": "TERRACE", "TERR": "TERRACE",
	"CL": "CLOSE", "GDNS": "GARDENS", "GRN": "GREEN", "GR": "GROVE", "GRV": "GROVE",
	"PDE": "PARADE", "PK": "PARK", "PKWY": "PARKWAY", "MT": "MOUNT", "DR": "DRIVE", "CTR": "CENTRE",
	"CENTER": "CENTRE", "HTS": "HEIGHTS", "EST": "ESTATE", "BLDG": "BUILDING", "HSE": "HOUSE",
	"STR": "STRASSE", "UL": "ULICA", "IMP": "IMPASSE", "AVDA": "AVENIDA",
	"N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST",
	"NE": "NORTHEAST", "NW": "NORTHWEST", "SE": "SOUTHEAST", "SW": "SOUTHWEST",
	"APT": "FLAT", "APARTMENT": "FLAT", "APPT": "FLAT", "APPARTEMENT": "FLAT", "UNIT": "FLAT",
	"STE": "FLAT", "SUITE": "FLAT", "ROOM": "FLAT", "RM": "FLAT", "WOHNUNG": "FLAT", "WHG": "FLAT",
}

// noise words carry no address information ("No. 5", "Nr. 12").
var noise = map[string]bool{"NO": true, "NR": true, "NUM": true, "NUMBER": true}

// compoundSuffixes are street types German writes joined to the name
// (Hauptstraße, Hauptstr., Marienplatz); they are split off so that
// "Hauptstr." meets "Haupt Strasse".
var compoundSuffixes = []struct{ suffix, word string }{
	{"STRASSE", "STRASSE"}, {"STR", "STRASSE"}, {"PLATZ", "PLACE"},
}

// streetTypes end a street name in number-first addresses (12 High Street).
var streetTypes = map[string]bool{
	"STREET": true, "ROAD": true, "AVENUE": true, "LANE": true, "DRIVE": true, "COURT": true,
	"SQUARE": true, "PLACE": true, "BOULEVARD": true, "HIGHWAY": true, "CRESCENT": true,
	"TERRACE": true, "CLOSE": true, "GARDENS": true, "GROVE": true, "PARADE": true, "WAY": true,
	"PARKWAY": true, "STRASSE": true, "WEG": true, "GASSE": true, "ALLEE": true, "RUE": true,
	"AVENIDA": true, "CALLE": true, "VIA": true, "STRAAT": true, "ULICA": true,
}

// countries are dropped from the end of an address: a proof often adds or
// leaves out the country, which says nothing about the place.
var countries = map[string]bool{
	"UK": true, "GB": true, "UNITED KINGDOM": true, "GREAT BRITAIN": true, "ENGLAND": true,
	"SCOTLAND": true, "WALES": true, "NORTHERN IRELAND": true, "IRELAND": true, "EIRE": true,
	"USA": true, "US": true, "UNITED STATES": true, "UNITED STATES OF AMERICA": true,
	"CANADA": true, "AUSTRALIA": true, "GERMANY": true, "DEUTSCHLAND": true, "FRANCE": true,
	"NETHERLANDS": true, "NEDERLAND": true, "POLAND": true, "POLSKA": true, "SPAIN": true,
	"ESPANA": true, "ITALY": true, "ITALIA": true, "SWITZERLAND": true, "SCHWEIZ": true,
	"SUISSE": true, "AUSTRIA": true, "OSTERREICH": true, "BELGIUM": true, "BELGIQUE": true,
	"PORTUGAL": true, "SWEDEN": true, "SVERIGE": true,
}
