extension OpenAPIDocument {
    /// Every route of API.md, its parameters, bodies and answers, in the order API.md lists them.
    static let paths: String = #"""
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
        """#
}
