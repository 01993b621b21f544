import StoreValues

/// `GET /api/v1/openapi.json`: the contract of API.md as OpenAPI 3.1. schemathesis runs requests
/// generated from it against the service and checks every answer against it (ServiceTests).
enum OpenAPIDocument {
    static let json: String = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "judge serve", "version": "1.0.0",
                   "description": "Judges mark on tablets, the chief judge signs off, the hall board shows progress and results. Every score is a JSON string with at most 2 decimal places."},
          "paths": {
            "/api/v1/session": {
              "post": {
                "operationId": "signIn",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SignIn"}}}},
                "responses": {
                  "200": {"description": "signed in; sets the session cookie", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
                  \#(errors(400, 401, 403, 413)),
                  "429": {"$ref": "#/components/responses/LockedOut"}
                }
              },
              "get": {
                "operationId": "currentSession",
                "responses": {
                  "200": {"description": "who is signed in, and the CSRF token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
                  \#(errors(401))
                }
              },
              "delete": {
                "operationId": "signOut",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "responses": {
                  "204": {"description": "signed out"},
                  \#(errors(401, 403))
                }
              }
            },
            "/api/v1/sheet": {
              "get": {
                "operationId": "sheet",
                "responses": {
                  "200": {"description": "what the signed-in judge may mark", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sheet"}}}},
                  \#(errors(401))
                }
              }
            },
            "/api/v1/marks": {
              "put": {
                "operationId": "enterMark",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MarkRequest"}}}},
                "responses": {
                  "200": {"description": "stored, or the answer to the same request_id before", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MarkAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/status": {
              "get": {
                "operationId": "status",
                "responses": {
                  "200": {"description": "per trade and round, for the chief judge", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}},
                  \#(errors(401, 403))
                }
              }
            },
            "/api/v1/locks": {
              "post": {
                "operationId": "lockRound",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LockRequest"}}}},
                "responses": {
                  "200": {"description": "locked", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LockAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/confirmations": {
              "post": {
                "operationId": "confirmFlag",
                "description": "judge flags confirm: the chief judge confirms a max_spread flag's marks as they are, with a reason",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConfirmationRequest"}}}},
                "responses": {
                  "200": {"description": "confirmed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConfirmationAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/unlocks": {
              "post": {
                "operationId": "unlockRound",
                "description": "judge unlock: the chief judge lifts a round's lock, with a reason",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnlockRequest"}}}},
                "responses": {
                  "200": {"description": "unlocked", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UnlockAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/publications": {
              "get": {
                "operationId": "listPublications",
                "parameters": [{"$ref": "#/components/parameters/Trade"}],
                "responses": {
                  "200": {"description": "the versions published, oldest first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Publications"}}}},
                  \#(errors(401, 403, 404))
                }
              },
              "post": {
                "operationId": "publish",
                "description": "judge results publish: every round locked, the audit log intact; a new version, or none when the sheet is unchanged",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublishRequest"}}}},
                "responses": {
                  "200": {"description": "published, or unchanged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublishAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/appeals": {
              "get": {
                "operationId": "listAppeals",
                "parameters": [{"$ref": "#/components/parameters/Trade"}],
                "responses": {
                  "200": {"description": "appeals, open and resolved, in the order they were made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Appeals"}}}},
                  \#(errors(401, 403, 404))
                }
              },
              "post": {
                "operationId": "fileAppeal",
                "description": "judge appeal add: during the notice period of the trade's latest version",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppealRequest"}}}},
                "responses": {
                  "200": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppealAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/appeals/{id}/resolution": {
              "post": {
                "operationId": "resolveAppeal",
                "description": "judge appeal resolve: the chief judge rules on an open appeal",
                "parameters": [{"$ref": "#/components/parameters/CSRF"},
                               {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ResolutionRequest"}}}},
                "responses": {
                  "200": {"description": "ruled on", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppealAnswer"}}}},
                  \#(changeErrors)
                }
              }
            },
            "/api/v1/board": {
              "get": {
                "operationId": "board",
                "responses": {
                  "200": {"description": "progress per trade and round; results only once every round of the trade is locked", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Board"}}}}
                }
              }
            },
            "/api/v1/events": {
              "get": {
                "operationId": "events",
                "responses": {
                  "200": {"description": "server-sent events: `board` with the JSON of /api/v1/board, `id:` lines, a comment at least every 15 s", "content": {"text/event-stream": {"schema": {"type": "string"}}}},
                  "503": {"description": "the service is stopping"}
                }
              }
            },
            "/api/v1/openapi.json": {
              "get": {
                "operationId": "openapi",
                "responses": {"200": {"description": "this document", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          },
          "components": {
            "parameters": {
              "CSRF": {"name": "X-CSRF-Token", "in": "header", "required": false, "schema": {"type": "string"},
                       "description": "the csrf of the session; every request that changes state carries it"},
              "Trade": {"name": "trade", "in": "query", "required": false, "schema": {"type": "string"},
                        "description": "one trade's only; every trade's without it"}
            },
            "responses": {
              "Error": {"description": "refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "LockedOut": {"description": "locked out after wrong PINs",
                            "headers": {"Retry-After": {"schema": {"type": "string"}, "description": "seconds"}},
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Score": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]{1,2})?$", "examples": ["86.50"]},
              "Error": {
                "type": "object", "required": ["error"], "additionalProperties": false,
                "properties": {"error": {
                  "type": "object", "required": ["code", "message", "field"],
                  "properties": {
                    "code": {"type": "string", "enum": ["missing_field", "not_a_number", "too_many_places", "negative", "too_large", "above_maximum", "wrong_pin", "locked_out", "csrf", "bad_origin", "not_signed_in", "not_chief", "not_in_panel", "recused", "not_admitted", "not_active", "unknown_competitor", "unknown_round", "unknown_criterion", "unknown_trade", "round_locked", "double_entry_round", "blocked", "already_locked", "mark_protected", "request_reused", "malformed_json", "body_too_large", "not_found",
                                                         "not_chief_none_named", "reason_required", "ruling_required", "not_locked", "not_flagged", "already_confirmed", "own_flag", "trade_final",
                                                         "rounds_not_locked", "audit_broken", "marks_missing_to_publish", "flags_not_confirmed", "notice_too_short",
                                                         "published_file_exists", "published_final", "published_meanwhile", "appeals_need_publication", "appeals_closed_final",
                                                         "appeals_closed_notice", "competitor_not_in_trade", "unknown_appeal", "appeal_resolved_already",
                                                         "no_criteria", "criterion_required", "too_many_judges", "trade_closed_to_entries", "protected_mark"]},
                    "message": {"type": "string"},
                    "field": {"type": ["string", "null"]},
                    "blockers": {"type": "array", "items": {"type": "string"}}
                  }
                }}
              },
              "SignIn": {
                "type": "object", "required": ["judge", "pin"],
                "properties": {"judge": {"type": "string"}, "pin": {"type": "string"}}
              },
              "Session": {
                "type": "object", "required": ["judge", "csrf"], "additionalProperties": false,
                "properties": {
                  "judge": {"type": "object", "required": ["id", "name", "chief"], "additionalProperties": false,
                            "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "chief": {"type": "boolean"}}},
                  "csrf": {"type": "string"}
                }
              },
              "Named": {
                "type": "object", "required": ["id", "name"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}}
              },
              "Sheet": {
                "type": "object", "required": ["items"], "additionalProperties": false,
                "properties": {"items": {"type": "array", "items": {
                  "type": "object", "required": ["trade", "round", "criteria", "competitors"], "additionalProperties": false,
                  "properties": {
                    "trade": {"$ref": "#/components/schemas/Named"},
                    "round": {"type": "object", "required": ["id", "name", "max", "locked"], "additionalProperties": false,
                              "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                             "max": {"$ref": "#/components/schemas/Score"}, "locked": {"type": "boolean"}}},
                    "criteria": {"type": "array", "items": {
                      "type": "object", "required": ["id", "name", "max"], "additionalProperties": false,
                      "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "max": {"$ref": "#/components/schemas/Score"}}}},
                    "competitors": {"type": "array", "items": {
                      "type": "object", "required": ["number", "name", "marks"], "additionalProperties": false,
                      "properties": {
                        "number": {"type": "string"}, "name": {"type": "string"},
                        "marks": {"type": "array", "items": {
                          "type": "object", "required": ["criterion", "score"], "additionalProperties": false,
                          "properties": {"criterion": {"type": ["string", "null"]}, "score": {"$ref": "#/components/schemas/Score"}}}}
                      }}}
                  }}}}
              },
              "MarkRequest": {
                "type": "object", "required": ["number", "round", "score", "request_id"],
                "properties": {
                  "number": {"type": "string"}, "round": {"type": "string"},
                  "criterion": {"type": ["string", "null"]},
                  "score": {"type": "string", "description": "at most 2 decimal places, never a JSON number"},
                  "request_id": {"type": "string", "maxLength": 100}
                }
              },
              "Mark": {
                "type": "object", "required": ["number", "round", "judge", "criterion", "score"], "additionalProperties": false,
                "properties": {
                  "number": {"type": "string"}, "round": {"type": "string"}, "judge": {"type": "string"},
                  "criterion": {"type": ["string", "null"]}, "score": {"$ref": "#/components/schemas/Score"}
                }
              },
              "MarkAnswer": {
                "type": "object", "required": ["mark", "previous"], "additionalProperties": false,
                "properties": {
                  "mark": {"$ref": "#/components/schemas/Mark"},
                  "previous": {"oneOf": [{"$ref": "#/components/schemas/Score"}, {"type": "null"}]}
                }
              },
              "Status": {
                "type": "object", "required": ["rounds"], "additionalProperties": false,
                "properties": {"rounds": {"type": "array", "items": {
                  "type": "object", "required": ["trade", "round", "expected", "entered", "locked", "missing", "flags"],
                  "additionalProperties": false,
                  "properties": {
                    "trade": {"type": "string"}, "round": {"type": "string"},
                    "expected": {"type": "integer", "minimum": 0}, "entered": {"type": "integer", "minimum": 0},
                    "locked": {"type": "boolean"},
                    "missing": {"type": "array", "items": {"type": "string"}},
                    "flags": {"type": "array", "items": {"type": "string"}}
                  }}}}
              },
              "LockRequest": {
                "type": "object", "required": ["trade", "round"],
                "properties": {"trade": {"type": "string"}, "round": {"type": "string"}}
              },
              "LockAnswer": {
                "type": "object", "required": ["lock"], "additionalProperties": false,
                "properties": {"lock": {"type": "object", "required": ["trade", "round", "chief", "locked_at"], "additionalProperties": false,
                  "properties": {"trade": {"type": "string"}, "round": {"type": "string"}, "chief": {"type": "string"}, "locked_at": {"type": "string"}}}}
              },
              "ConfirmationRequest": {
                "type": "object", "required": ["number", "round", "reason"],
                "properties": {"number": {"type": "string"}, "round": {"type": "string"}, "reason": {"type": "string"}}
              },
              "ConfirmationAnswer": {
                "type": "object", "required": ["confirmation"], "additionalProperties": false,
                "properties": {"confirmation": {"type": "object", "required": ["number", "round", "chief", "reason", "flag"], "additionalProperties": false,
                  "properties": {"number": {"type": "string"}, "round": {"type": "string"}, "chief": {"type": "string"},
                                 "reason": {"type": "string"}, "flag": {"type": "string", "description": "the flag as `judge status` lists it"}}}}
              },
              "UnlockRequest": {
                "type": "object", "required": ["trade", "round", "reason"],
                "properties": {"trade": {"type": "string"}, "round": {"type": "string"}, "reason": {"type": "string"}}
              },
              "UnlockAnswer": {
                "type": "object", "required": ["unlock"], "additionalProperties": false,
                "properties": {"unlock": {"type": "object", "required": ["trade", "round", "chief", "reason", "locked_by", "locked_at"], "additionalProperties": false,
                  "properties": {"trade": {"type": "string"}, "round": {"type": "string"}, "chief": {"type": "string"}, "reason": {"type": "string"},
                                 "locked_by": {"type": "string"}, "locked_at": {"type": "string"}}}}
              },
              "Publication": {
                "type": "object", "additionalProperties": false,
                "required": ["trade", "version", "sha256", "published_at", "published_by", "notice_ends_at", "final", "files"],
                "properties": {
                  "trade": {"type": "string"}, "version": {"type": "integer", "minimum": 1}, "sha256": {"type": "string"},
                  "published_at": {"type": "string", "format": "date-time"}, "published_by": {"type": "string"},
                  "notice_ends_at": {"type": "string", "format": "date-time"}, "final": {"type": "boolean"},
                  "files": {"type": "array", "items": {"type": "object", "required": ["name", "href"], "additionalProperties": false,
                    "properties": {"name": {"type": "string"}, "href": {"type": "string", "description": "the file for the chief judge to print (a page, not /api)"}}}}
                }
              },
              "Publications": {
                "type": "object", "required": ["publications"], "additionalProperties": false,
                "properties": {"publications": {"type": "array", "items": {"$ref": "#/components/schemas/Publication"}}}
              },
              "PublishRequest": {
                "type": "object", "required": ["trade"],
                "properties": {"trade": {"type": "string"},
                               "notice_days": {"type": ["integer", "null"], "minimum": 0, "maximum": 3650,
                                               "description": "days of the notice period (公示期); 5 or the competition's minimum when absent"}}
              },
              "PublishAnswer": {
                "type": "object", "required": ["unchanged", "publication"], "additionalProperties": false,
                "properties": {
                  "unchanged": {"type": "boolean", "description": "the sheet is the latest version's: nothing written"},
                  "publication": {"oneOf": [{"$ref": "#/components/schemas/Publication"}, {"type": "null"}]},
                  "audit_pin": {"type": ["string", "null"], "description": "record:hash of the audit chain, to keep"},
                  "changes": {"oneOf": [{"type": "null"}, {"type": "object", "required": ["cells", "competitors"], "additionalProperties": false,
                    "properties": {"cells": {"type": "integer", "minimum": 0}, "competitors": {"type": "integer", "minimum": 0}}}]}
                }
              },
              "Appeal": {
                "type": "object", "additionalProperties": false,
                "required": ["id", "trade", "version", "number", "reason", "filed_by", "filed_at", "open", "ruling", "ruled_by", "ruled_at"],
                "properties": {
                  "id": {"type": "integer"}, "trade": {"type": "string"}, "version": {"type": "integer", "minimum": 1},
                  "number": {"type": "string"}, "reason": {"type": "string"}, "filed_by": {"type": "string"},
                  "filed_at": {"type": "string", "format": "date-time"}, "open": {"type": "boolean"},
                  "ruling": {"type": ["string", "null"]}, "ruled_by": {"type": ["string", "null"]},
                  "ruled_at": {"type": ["string", "null"], "format": "date-time"}
                }
              },
              "Appeals": {
                "type": "object", "required": ["appeals"], "additionalProperties": false,
                "properties": {"appeals": {"type": "array", "items": {"$ref": "#/components/schemas/Appeal"}}}
              },
              "AppealRequest": {
                "type": "object", "required": ["trade", "number", "reason"],
                "properties": {"trade": {"type": "string"}, "number": {"type": "string"}, "reason": {"type": "string"},
                               "by": {"type": ["string", "null"], "description": "who appealed; the signed-in chief judge when absent"}}
              },
              "ResolutionRequest": {
                "type": "object", "required": ["ruling"],
                "properties": {"ruling": {"type": "string"}}
              },
              "AppealAnswer": {
                "type": "object", "required": ["appeal"], "additionalProperties": false,
                "properties": {"appeal": {"$ref": "#/components/schemas/Appeal"}}
              },
              "Board": {
                "type": "object", "required": ["competition", "trades"], "additionalProperties": false,
                "properties": {
                  "competition": {"$ref": "#/components/schemas/Named"},
                  "trades": {"type": "array", "items": {
                    "type": "object", "required": ["id", "name", "rounds", "results"], "additionalProperties": false,
                    "properties": {
                      "id": {"type": "string"}, "name": {"type": "string"},
                      "rounds": {"type": "array", "items": {
                        "type": "object", "required": ["id", "name", "entered", "expected", "locked"], "additionalProperties": false,
                        "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                       "entered": {"type": "integer", "minimum": 0}, "expected": {"type": "integer", "minimum": 0},
                                       "locked": {"type": "boolean"}}}},
                      "results": {"oneOf": [{"type": "null"}, {"type": "array", "items": {
                        "type": "object", "required": ["rank", "number", "name", "unit", "total", "prize", "title"], "additionalProperties": false,
                        "properties": {"rank": {"type": "integer", "minimum": 1}, "number": {"type": "string"}, "name": {"type": "string"},
                                       "unit": {"type": "string"}, "total": {"$ref": "#/components/schemas/Score"},
                                       "prize": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]}}}}]}
                    }}}
                }
              }
            }
          }
        }
        """#

    /// The error answers of an operation, one `"status": Error` entry each.
    private static func errors(_ statuses: Int...) -> String {
        statuses.map { ##""\##($0)": {"$ref": "#/components/responses/Error"}"## }.joined(separator: ",\n" + indent)
    }

    /// What a request that changes state may be refused with: malformed, not signed in, not
    /// allowed, unknown, not now, too large, bad values.
    private static let changeErrors = errors(400, 401, 403, 404, 409, 413, 422)

    private static let indent = String(repeating: " ", count: 18)
}
