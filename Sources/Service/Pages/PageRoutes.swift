import Hummingbird

/// The pages: `/judge`, `/chief`, `/board` and their static files. The `pages` branch fills
/// this in (swift-mustache templates, JS and CSS served from 'self': the CSP allows no inline
/// script); until then each page is a placeholder that points at the JSON API.
enum PageRoutes {
    static func register(on router: Router<ServiceContext>, _ state: ServiceState) {
        for (path, title) in [("judge", "裁判评分"), ("chief", "裁判长控制台"), ("board", "赛场大屏")] {
            router.get(RouterPath(path)) { _, _ in
                var headers = HTTPFields()
                headers[.contentType] = "text/html; charset=utf-8"
                let html = """
                    <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)</title></head>
                    <body><h1>\(title)</h1><p>页面尚未就绪；接口见 <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>。</p></body></html>
                    """
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
            }
        }
    }
}
