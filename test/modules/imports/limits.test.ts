import t from 'tap'
import { bearer, buildTestApp } from '../../helper.js'
import { numberedLines, repeatedAppendix } from './appendix.js'

t.test('import limits', async (t) => {
  const { app, inject, keys, db } = await buildTestApp(t)
  let serial = 700
  const newNotice = async (): Promise<number> => {
    const res = await inject({ method: 'POST', url: '/v1/notices', payload: { number: `${serial++}-TB/CQTTBCĐ`, title: 'Import limits', issuedOn: '2026-01-01', issuer: 'CQTTBCD' } })
    return res.json().id as number
  }
  const post = async (id: number, payload: unknown) => await inject({ method: 'POST', url: `/v1/notices/${id}/imports`, payload: payload as object })
  const refs = async (id: number): Promise<string[]> => (await db.selectFrom('task').select('ref').where('noticeId', '=', id).orderBy('position').execute()).map((r) => r.ref)

  t.test('API4:2023 Unrestricted resource consumption — a text over 200,000 characters is refused with 413', async (t) => {
    const id = await newNotice()
    const res = await post(id, { text: repeatedAppendix(200_001) })
    t.equal(res.statusCode, 413)
    t.match(res.headers['content-type'], /application\/problem\+json/)
    t.match(res.json(), { status: 413, code: 'NQ57_CONTENT_TOO_LARGE', detail: /200,001 characters; an import reads at most 200,000/ })
    // Astral characters count once each, as maxLength counts them: 150,000 of them are within the cap.
    const astral = await post(id, { text: `1. Về thể chế ${'𝐀'.repeat(150_000)}` })
    t.equal(astral.statusCode, 200)
  })

  t.test('API4:2023 Unrestricted resource consumption — /health/live answers within 100 ms while 200,000-character dry runs run', async (t) => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const id = await newNotice()
    // A process compiles the readers' regular expressions on their first use (~0.1 s, once): a running service has.
    t.equal((await post(id, { text: repeatedAppendix(3_000) })).statusCode, 200)
    // The report's text (numbered lines, which stalled the service for 53 s), then the real appendix over and over.
    const texts = [numberedLines(1470).slice(0, 200_000), repeatedAppendix(200_000)]
    const started = performance.now()
    let done = false
    const importing = (async () => {
      const answers: Array<{ status: number, sections: number }> = []
      for (const text of texts) {
        const res = await fetch(`${address}/v1/notices/${id}/imports`, {
          method: 'POST', headers: { ...bearer(keys.secretariat), 'content-type': 'application/json' }, body: JSON.stringify({ text, dryRun: true })
        })
        answers.push({ status: res.status, sections: ((await res.json()) as { tasks: unknown[] }).tasks.length })
      }
      return answers
    })().finally(() => { done = true })
    const latencies: number[] = []
    while (!done) {
      const asked = performance.now()
      const live = await fetch(`${address}/health/live`)
      await live.arrayBuffer()
      latencies.push(performance.now() - asked)
      t.equal(live.status, 200)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    t.same(await importing, [{ status: 200, sections: 99 }, { status: 200, sections: 76 }])
    t.ok(latencies.length >= 3, `asked ${latencies.length} times during ${Math.round(performance.now() - started)} ms of importing`)
    t.ok(Math.max(...latencies) < 100, `slowest /health/live answer ${Math.round(Math.max(...latencies))} ms`)
  })

  t.test('API4:2023 Unrestricted resource consumption — the 1,417 numbered lines of the report read in seconds, not a minute', async (t) => {
    const id = await newNotice()
    const started = performance.now()
    const res = await post(id, { text: numberedLines(1417) })
    t.equal(res.statusCode, 200)
    t.ok(performance.now() - started < 10_000, `took ${Math.round(performance.now() - started)} ms (54 s before)`)
    // Sections are numbered up to 99: what follows section 99 is read as its text, far more than a task may hold.
    const tooLong = res.json().warnings.filter((w: { message: string }) => /a task may hold/.test(w.message))
    t.match(tooLong, [{ ref: '99', message: /^\d+ characters, more than the 20000 a task may hold: not read and cannot be written/ }])
    t.equal(tooLong.length, 1)
  })

  t.test('API4:2023 Unrestricted resource consumption — a task longer than a task may be is reported in a dry run and refused by a write', async (t) => {
    const id = await newNotice()
    const text = `1. Về thể chế\na) Bộ Tư pháp chủ trì rà soát. ${'Nội dung rất dài không có đánh số. '.repeat(700)}\nb) Bộ Công an chủ trì triển khai.\n`
    const dry = await post(id, { text })
    t.equal(dry.statusCode, 200)
    const a = dry.json().tasks[0].children[0]
    t.same([a.ref, a.leadAgencies, a.deadline], ['1.a', [], null], 'not read')
    t.match(dry.json().warnings, [{ ref: '1.a', message: /^24\d{3} characters, more than the 20000 a task may hold/ }])
    const write = await post(id, { text, dryRun: false })
    t.equal(write.statusCode, 422)
    t.match(write.json(), { code: 'NQ57_UNPROCESSABLE', detail: /task 1\.a has more than the 20000 characters/ })
    t.same(await refs(id), [], 'nothing written')
  })

  t.test('a numbering that restarts is read under unique refs and reported, never written as two siblings with one ref', async (t) => {
    const id = await newNotice()
    const text = '1. Về thể chế\na) Bộ Tư pháp chủ trì rà soát.\nb) Bộ Nội vụ chủ trì hướng dẫn.\nNhóm nhiệm vụ thứ hai:\n' +
      'a) Bộ Công an chủ trì triển khai.\n- Bộ Y tế thực hiện việc A.\n2. Về hạ tầng\n1. Về nhân lực\na) Bộ Giáo dục và Đào tạo chủ trì đào tạo.\n'
    const dry = await post(id, { text })
    t.equal(dry.statusCode, 200)
    const tree = dry.json().tasks as Array<{ ref: string, children: Array<{ ref: string, children: Array<{ ref: string }> }> }>
    t.same(tree.map((s) => [s.ref, s.children.map((p) => [p.ref, p.children.map((c) => c.ref)])]), [
      ['1', [['1.a', []], ['1.b', []], ['1.a~2', ['1.a~2.-1']]]],
      ['2', []],
      ['1~2', [['1~2.a', []]]]
    ])
    const repeats = dry.json().warnings.filter((w: { message: string }) => /numbered a second time/.test(w.message))
    t.match(repeats, [
      { ref: '1.a~2', phrase: 'a) Bộ Công an chủ trì triển khai.', message: /^1\.a is numbered a second time .*read as 1\.a~2/ },
      { ref: '1~2', phrase: '1. Về nhân lực', message: /^1 is numbered a second time/ }
    ])
    t.equal(repeats.length, 2)
    const write = await post(id, { text, dryRun: false })
    t.equal(write.statusCode, 201)
    t.same(await refs(id), ['1', '1.a', '1.b', '1.a~2', '1.a~2.-1', '2', '1~2', '1~2.a'])
    const again = await post(id, { text, dryRun: false })
    t.equal(again.statusCode, 201)
    t.equal((await refs(id)).length, 8, 'the same text again adds nothing')
  })

  t.test('a task with a deadline but no lead the reader could find is reported', async (t) => {
    const id = await newNotice()
    const text = '1. Về thể chế\na) Rà soát các văn bản hướng dẫn. Hoàn thành trong tháng 5/2026.\nb) Bộ Tư pháp chủ trì rà soát. Hoàn thành trong tháng 6/2026.\n' +
      'c) Bộ Kinh tế Vũ trụ chủ trì xây dựng đề án. Hoàn thành trong quý III/2026.\nd) Nghiên cứu thêm.\n'
    const res = await post(id, { text })
    t.equal(res.statusCode, 200)
    t.same(res.json().warnings, [
      { ref: '1.a', phrase: 'Hoàn thành trong tháng 5/2026', message: 'has a deadline but no lead agency or group the reader could find: name its lead by code' },
      { ref: '1.c', phrase: 'Bộ Kinh tế Vũ trụ', message: 'no agency in the register matches this name; assign it by code' },
      { ref: '1.c', phrase: 'Hoàn thành trong quý III/2026', message: 'has a deadline but no lead agency or group the reader could find: name its lead by code' }
    ])
  })
})
