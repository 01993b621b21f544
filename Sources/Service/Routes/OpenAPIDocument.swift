/// `GET /api/v1/openapi.json`: the contract of API.md as OpenAPI 3.1. schemathesis runs requests
/// generated from it against the service and checks every answer against it (ServiceTests).
enum OpenAPIDocument {
    static let json = #"""
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
                  "400": {"$ref": "#/components/responses/Error"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "429": {"$ref": "#/components/responses/LockedOut"}
                }
              },
              "get": {
                "operationId": "currentSession",
                "responses": {
                  "200": {"description": "who is signed in, and the CSRF token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
                  "401": {"$ref": "#/components/responses/Error"}
                }
              },
              "delete": {
                "operationId": "signOut",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "responses": {
                  "204": {"description": "signed out"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/sheet": {
              "get": {
                "operationId": "sheet",
                "responses": {
                  "200": {"description": "what the signed-in judge may mark", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sheet"}}}},
                  "401": {"$ref": "#/components/responses/Error"}
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
                  "400": {"$ref": "#/components/responses/Error"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/status": {
              "get": {
                "operationId": "status",
                "responses": {
                  "200": {"description": "per trade and round, for the chief judge", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}
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
                  "400": {"$ref": "#/components/responses/Error"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
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
                       "description": "the csrf of the session; every request that changes state carries it"}
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
                    "code": {"type": "string", "enum": ["missing_field", "not_a_number", "too_many_places", "negative", "too_large", "above_maximum", "wrong_pin", "locked_out", "csrf", "bad_origin", "not_signed_in", "not_chief", "not_in_panel", "recused", "not_admitted", "not_active", "unknown_competitor", "unknown_round", "unknown_criterion", "unknown_trade", "round_locked", "double_entry_round", "blocked", "already_locked", "mark_protected", "request_reused", "malformed_json", "body_too_large", "not_found"]},
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
