extension OpenAPIDocument {
    /// The parameters, answers and schemas the paths refer to (`#/components/...`); closes the document.
    static let components: String = #"""
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
}
