extension PageTemplates {
    /// Every page: zh-CN, one style sheet, scripts from /assets only (the CSP allows no inline
    /// script or style), the messages scripts show as data attributes of <body>.
    static let layout = #"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        {{#csrf}}<meta name="csrf-token" content="{{csrf}}">{{/csrf}}
        <title>{{title}}</title>
        <link rel="stylesheet" href="/assets/pages.css">
        <script src="/assets/pages.js" defer></script>
        {{$scripts}}{{/scripts}}
        </head>
        <body class="{{bodyClass}}"{{#messages}} data-{{key}}="{{text}}"{{/messages}}>
        {{$body}}{{/body}}
        </body>
        </html>

        """#

    /// The judge's page's and the console's header: the competition, the page, and who is signed
    /// in with the sign-out button (pages.js).
    static let header = #"""
        <header class="bar"><h1>{{competition}} · {{heading}}</h1>
        {{#judge}}<span class="who" id="who">{{id}} {{name}}</span><button type="button" class="quiet" id="signout">退出登录</button>{{/judge}}
        </header>

        """#

    /// Sign-in for the judge's page and the console: without JavaScript it posts to `action`.
    static let signIn = #"""
        <form class="signin" id="signin" method="post" action="{{signInAction}}">
        <h2>{{signInHeading}}</h2>
        <label for="judge-id">裁判编号<input id="judge-id" name="judge" autocomplete="username" autocapitalize="characters" spellcheck="false" required></label>
        <label for="pin">PIN<input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="current-password" required></label>
        <p class="notice bad" id="signin-error" role="alert"{{^signInError}} hidden{{/signInError}}>{{signInError}}</p>
        <button type="submit">登录</button>
        </form>

        """#
}
