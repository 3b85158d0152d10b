package org.coshape.scenario;

import java.util.List;

/**
 * Every scenario key, once: its kind, default, allowed range, unit, meaning and where the
 * default comes from (a citation, or "modelling choice" and why). The binder reads keys through
 * these constants, so the defaults and ranges it applies are the ones documented; the scenario
 * reference ({@code scenarios/reference.yaml}), the parameter table of the model description,
 * {@code validate}'s annotations and the GUI inspector are all generated from it
 * ({@link ParameterDocs}), and a test fails when a committed generated file differs. One tick is
 * one day: every rate and probability "per tick" is per day.
 *
 * <p>Longer than 400 lines: it is the table itself, one entry per key, and splitting it by
 * section would put the contract in several places again.
 */
public enum Parameter {
    NAME(text("name", null)
            .example("reference")
            .meaning("the study's name; results go to results/<name>/ (required; letters, digits, '.', '_', '-')")),
    DESCRIPTION(text("description", "\"\"").meaning("free text, copied into the manifest and the report")),
    EXTENDS(of("extends", Kind.FILE, "null")
            .meaning("a base scenario (path relative to this file) whose keys this file inherits and overrides")),
    SEED(of("seed", Kind.INTEGER, "1")
            .meaning("64-bit base seed; every run's seed derives from it, the design point and the replicate")),
    TICKS(integer("ticks", "500", 0, 100_000_000)
            .unit("ticks (days)")
            .meaning("ticks per run (the most a run lasts when stop.steady is set)")
            .source("a tick is a day (usage is a daily probability); 500 days are five generations of"
                    + " the default length")),
    REPLICATIONS(integer("replications", "1", 1, 1_000_000)
            .meaning("runs per parameter point or policy, each on its own derived seed")),
    STOP_STEADY(of("stop.steady", Kind.MAPPING, "null")
            .meaning("when present, a run ends (within ticks) once it is steady: every group's mean values"
                    + " and spread, in the population and its twin, and every assistant's values and listening"
                    + " moved, net over the window, less than the tolerance per tick; summary.csv reports"
                    + " ticks_to_steady. Absent, every run lasts ticks. With generations, a run steady within"
                    + " one generation ends before the next boundary")),
    STOP_ABSORBED(of("stop.absorbed", Kind.BOOLEAN, "false")
            .meaning("deffuant and hegselmann_krause: a run ends (within ticks) once absorbed, when every pair"
                    + " of possible partners is either beyond social.confidence or agrees to 1e-5 (RMS per"
                    + " dimension), so no meeting can change anyone; summary.csv reports ticks_to_absorption."
                    + " Only social influence is watched, not the assistants' pull")),
    STOP_TOLERANCE(number("stop.steady.tolerance", "1.0e-4", 0, 1)
            .unit("RMS per dimension per tick")
            .meaning("the largest net movement per tick, over the window, of a steady run")
            .source("modelling choice: a drift under 0.01 in 100 days; individual values keep fluctuating"
                    + " (people ask on random days), so only net movement of aggregates can settle")),
    STOP_WINDOW(integer("stop.steady.window", "50", 1, 100_000_000)
            .unit("ticks (days)")
            .meaning("the ticks over which net movement is measured")
            .source("modelling choice: long enough that day-to-day noise averages out (an assistant's"
                    + " values fluctuate by about 1e-3 from day to day at the default sizes)")),

    VALUES_DIMENSIONS(of("values.dimensions", Kind.NAMES, "[caution, pushback, privacy, autonomy]")
            .meaning("names of the value dimensions; d is their number, and every vector below has d elements")),
    ENDORSEMENT_RATE(number("values.endorsement.rate", "0.0", 0, 1)
            .unit("share per tick")
            .meaning("reflective endorsement: each tick, a person whose current values lie within the latitude"
                    + " of their own takes this share of the difference as their own (their welfare is then"
                    + " judged against what they have come to endorse)")
            .source("off: own values change only by turnover")),
    ENDORSEMENT_LATITUDE(number("values.endorsement.latitude", "0.15", 0, 2)
            .unit("RMS per dimension")
            .meaning("changes farther than this from a person's own values are not endorsed")
            .source("modelling choice after social judgment theory's latitude of acceptance (Sherif &"
                    + " Hovland 1961): a little more than one group spread")),

    POPULATION_SIZE(integer("population.size", "10000", 1, ScenarioBinder.MAX_PEOPLE)
            .unit("people")
            .meaning("number of people (ignored with population.file)")
            .source("modelling choice: group metrics precise to about 0.01, a run in seconds")),
    POPULATION_FILE(of("population.file", Kind.FILE, "null")
            .meaning("optional CSV person,group,<one column per dimension>[,susceptibility,anchoring,usage,"
                    + "stance,trust]; size and the groups' values come from it")),
    POPULATION_GROUPS(of(
                    "population.groups",
                    Kind.GROUPS,
                    "[{name: majority, share: 0.7, mean: [0.2, -0.1, 0.3, 0.0]},"
                            + " {name: minority, share: 0.3, mean: [-0.5, 0.4, -0.2, 0.3]}]")
            .note("a majority (70%) and a minority (30%) with different value profiles")
            .meaning("the groups (cultures, constituencies); shares must sum to 1")
            .source("modelling choice: two groups whose centres are 0.52 apart (RMS), about 3.5 spreads,"
                    + " so that two cultures are distinguishable, with one outnumbered")),
    GROUP_NAME(text("population.groups[].name", "group1")
            .note("group<i>")
            .meaning("the group's name in every result table ('all' is reserved)")),
    GROUP_SHARE(number("population.groups[].share", "1.0", 0, 1)
            .note("equal shares")
            .unit("share of people")
            .meaning("the group's share of the population")),
    GROUP_DISTRIBUTION(choice("population.groups[].distribution", "normal", ValueDistribution.WRITABLE)
            .meaning("how own values are drawn: normal (mean, spread per dimension) or uniform on [-1, 1]^d")
            .source("modelling choice: values scattered around a group's centre")),
    GROUP_MEAN(numbers("population.groups[].mean", "[0.0, 0.0, 0.0, 0.0]", -1, 1)
            .note("zeros")
            .unit("value scale")
            .meaning("centre of the group's own values, one per dimension")),
    GROUP_SPREAD(number("population.groups[].spread", "0.15", 0, 10)
            .unit("value scale (standard deviation per dimension)")
            .meaning("standard deviation of own values around the mean, per dimension")
            .source("modelling choice: with 0.3 the default groups overlapped into one opinion cluster"
                    + " before anything happened; 0.15 keeps them distinct")),
    GROUP_SUSCEPTIBILITY(trait("population.groups[].susceptibility", "{dist: beta, a: 2, b: 23}")
            .unit("share of the distance to an answer per answer, at trust 1")
            .meaning("how far an answer moves the person: the pull is susceptibility x trust x persuasiveness")
            .source("Costello, Pennycook & Rand 2024 (a three-round dialogue with GPT-4 lowered belief by about"
                    + " 20%, some 7% per round) and Hackenburg & Margetts 2024 (one message moved issue"
                    + " support 5-6 points of 100): persuasion built for the purpose moves people 5-10% of"
                    + " the way per exchange. Everyday answers are not persuasion attempts, so the mean"
                    + " (0.08, a pull of about 0.05 at trust 0.6) sits at the low end")),
    GROUP_ANCHORING(trait("population.groups[].anchoring", "0.1")
            .unit("share per tick")
            .meaning("Friedkin-Johnsen stubbornness: the pull back to own values in each social step")
            .source("modelling choice informed by Friedkin & Johnsen 1999, 2011, who find most people"
                    + " neither fully stubborn nor fully susceptible: with social.rate 0.05 a person at"
                    + " equilibrium weighs their own view 69% and their neighbours' 31%, and the default"
                    + " society keeps two clusters without an AI")),
    GROUP_USAGE(trait("population.groups[].usage", "0.3")
            .unit("probability per tick")
            .meaning("the chance that the person asks their assistant on a given day")
            .source("surveys of US adults: Pew Research Center 2026 (about a quarter use a chatbot daily,"
                    + " another quarter less often, half never) gives a mean daily probability near 0.3;"
                    + " Elon University 2025 (52% have used one, a third of them daily) agrees")),
    GROUP_STANCE(trait("population.groups[].stance", "{dist: beta, a: 1, b: 9}")
            .unit("0 encouragement .. 1 pushback")
            .meaning("the response the person wants: the preferred distance of an answer is stance x delta")
            .source("Sharma et al. 2024: people and the preference models trained on them favour answers"
                    + " that agree with the user, so most want little pushback (mean 0.1) and a few want"
                    + " much (13% above 0.2)")),
    GROUP_TRUST(trait("population.groups[].trust", "0.5")
            .meaning("initial trust in the assistant (and a newcomer's trust)")
            .source("modelling choice: undecided; trust then follows experience")),
    GROUP_FEEDBACK(trait("population.groups[].feedback", "1.0")
            .unit("probability per answer")
            .meaning("the chance that an answer is fed back to the assistant (who gets heard)")
            .source("modelling choice: everyone heard; lower it for a group that is heard less")),
    GROUP_NEED(trait("population.groups[].need", "0.0")
            .meaning("how much a member needs an answer: each refused ask harms them by their need" + " (refusal_harm)")
            .source("off: refusals harm no one; a group with urgent questions (health, law, money) has a"
                    + " higher need")),
    GROUP_ANSWER_HARM(number("population.groups[].answer_harm", "0.0", 0, 100)
            .meaning("how much answering a risky topic harms a member: each answered ask harms them by this x"
                    + " the topic's risk, drawn U(0, 1) per ask (answer_harm)")
            .source("off: answers harm no one; a more vulnerable group has a higher weight")),

    NETWORK_TYPE(choice("network.type", "sbm", Named.keys(NetworkType.class))
            .meaning("the social network: none, complete, erdos_renyi, watts_strogatz, barabasi_albert,"
                    + " sbm (stochastic block model of the groups) or file")
            .source("modelling choice: groups with homophilous ties")),
    NETWORK_DEGREE(number("network.degree", "10", 0, 1e6)
            .unit("links per person")
            .meaning("mean degree of the generated network")
            .source("the order of a person's close ties, the sympathy group of Hill & Dunbar 2003")),
    NETWORK_REWIRE(number("network.rewire", "0.1", 0, 1)
            .unit("probability per link")
            .meaning("watts_strogatz: chance that a ring link is rewired")
            .source("modelling choice: within Watts & Strogatz 1998's small-world range")),
    NETWORK_HOMOPHILY(number("network.homophily", "0.8", 0, 1)
            .unit("share of links")
            .meaning("sbm: share of a person's links inside their own group")
            .source("modelling choice: strong homophily of close ties (McPherson, Smith-Lovin & Cook 2001)")),
    NETWORK_FILE(of("network.file", Kind.FILE, "null")
            .meaning("type file: CSV source,target[,weight]; the source listens to the target (directed;"
                    + " list both directions for a mutual tie); weights average a person's neighbours")),

    SOCIAL_RULE(choice("social.rule", "friedkin_johnsen", Named.keys(SocialRule.class))
            .meaning("how people influence each other: none, degroot, friedkin_johnsen, hegselmann_krause,"
                    + " deffuant")
            .source("Friedkin & Johnsen 1990: consensus models keep no disagreement, and people keep some")),
    SOCIAL_RATE(number("social.rate", "0.05", 0, 1)
            .unit("share per tick")
            .meaning("the step toward the neighbours' mean per tick (deffuant: mu, per meeting)")
            .source("modelling choice: a twentieth of the way per day; with anchoring 0.1 it sets the"
                    + " equilibrium weight of neighbours to 31%")),
    SOCIAL_MATCHING(choice("social.matching", "parallel", Named.keys(Matching.class))
            .meaning("deffuant: parallel (each tick a random matching of disjoint neighbour pairs: everyone meets"
                    + " at most once, so hubs meet no more often than anyone) or sequential (as many meetings as"
                    + " people, each of a random person with a random neighbour, one after another, as published;"
                    + " a person takes part in about 1 + degree / mean degree meetings per tick; single-threaded)")
            .source("Deffuant et al. 2000 (sequential); parallel: modelling choice, deterministic on any"
                    + " number of threads")),
    SOCIAL_REPULSION(number("social.repulsion", "2.0", 0, 2)
            .unit("RMS per dimension")
            .meaning("deffuant: a met pair farther apart than this moves apart by rate instead (values stay"
                    + " in [-1, 1]); 2.0, the largest distance, never acts")
            .source("Jager & Amblard 2005; Flache & Macy 2011: negative influence; off by default")),
    SOCIAL_CONFIDENCE(number("social.confidence", "0.5", 0, 100)
            .unit("RMS per dimension")
            .meaning("bounded-confidence radius of hegselmann_krause and deffuant")
            .source("modelling choice: a quarter of the value range; the rules' behaviour over the radius"
                    + " is checked against the published cluster counts")),

    AI_COUNT(integer("ai.count", "4", 0, 10_000)
            .unit("assistants")
            .meaning("competing assistants; 0 switches the AI off (pure opinion dynamics)")
            .source("modelling choice: a market of a few assistants")),
    AI_ASSIGNMENT(numbers("ai.assignment", "[0.25, 0.25, 0.25, 0.25]", 0, 1)
            .note("equal shares")
            .unit("share of people")
            .meaning("market shares of the assistants (one per assistant, summing to 1)")
            .source("neutral: equal shares")),
    AI_ASSISTANTS(of("ai.assistants", Kind.MAPPING, "null")
            .meaning("a market of different assistants: a list with one entry per assistant (its length is"
                    + " ai.count), or a mapping from an assistant's index to its entry. An entry may set name"
                    + " and any of regime, designers, aggregator, judge, feedback, listening_policy, target_pull,"
                    + " and one number each of listening, gain, persuasiveness, refusal_threshold,"
                    + " refusal_learning, disclosure and exposure.gamma; it inherits the parts written under ai"
                    + " and its regime's preset fills the rest. Absent, every assistant has the parts of ai")
            .source("off: one regime for every assistant")),
    AI_ASSISTANT_NAME(
            text("ai.assistants[].name", "<regime>-<index>").meaning("the assistant's name in reports (unique)")),
    AI_REGIME(choice("ai.regime", "mutual", Named.keys(Regime.class))
            .meaning("the alignment regime: the preset of every part marked 'by ai.regime'")
            .source("modelling choice: the regime under study; the shipped studies always set it")),
    DESIGNERS_SIZE(integer("ai.designers.size", "20", 1, Integer.MAX_VALUE)
            .unit("people")
            .meaning("designers on the panel drawn each generation")
            .source("modelling choice: a design team")),
    DESIGNERS_SELECTION(choice("ai.designers.selection", "narrow", Named.keys(DesignerSelection.class))
            .note("by ai.regime")
            .meaning("who sits on the panel: narrow (one group), random, representative, engaged")
            .source("the regime's preset (model description, 7.2)")),
    DESIGNERS_GROUP(text("ai.designers.group", "majority")
            .note("the first group")
            .meaning("narrow selection: the group the designers come from")
            .source("modelling choice: the designers of a narrow panel come from the first group")),
    DESIGNERS_CRITICS(number("ai.designers.critics_share", "0.0", 0, 1)
            .note("by ai.regime")
            .unit("share of seats")
            .meaning("seats reserved for the group farthest from the population mean")
            .source("the regime's preset (model description, 7.2)")),
    AI_AGGREGATOR(choice("ai.aggregator", "mean", Named.keys(AggregationRule.class))
            .note("by ai.regime")
            .meaning("how designers' values become one target: mean, median, maxmin, nash")
            .source("the regime's preset (model description, 7.2)")),
    JUDGE_BIAS(numbers("ai.judge.bias", "[0.0, 0.0, 0.0, 0.0]", -2, 2)
            .note("zeros")
            .unit("value scale")
            .meaning("systematic error of the judge, added to the target per dimension")
            .source("neutral: an unbiased judge")),
    JUDGE_NOISE(number("ai.judge.noise", "0.05", 0, 10)
            .unit("value scale (standard deviation)")
            .meaning("random error of the judge per measured dimension and generation")
            .source("modelling choice: small next to the groups' spread")),
    JUDGE_MEASURED(of("ai.judge.measured_dimensions", Kind.NAMES, "[caution, pushback]")
            .note("by ai.regime: the first half of the dimensions, or all")
            .meaning("the dimensions the judge can quantify")
            .source("the regime's preset (model description, 7.2)")),
    JUDGE_UNMEASURED(choice("ai.judge.unmeasured", "free", Named.keys(Unmeasured.class))
            .meaning("target on the other dimensions: free (none), zero (the midpoint), designers (their"
                    + " aggregate, unjudged)")
            .source("modelling choice: a judge leaves alone what it cannot see")),
    JUDGE_KIND(choice("ai.judge.kind", "fixed", Named.keys(JudgeKind.class))
            .meaning("fixed: the target is the designers' aggregate plus bias and noise, recomputed each"
                    + " generation; learned: a model of the designers' ratings fitted online, each tick moving"
                    + " its target on the measured dimensions toward its training data (the designers'"
                    + " aggregate plus bias, and with self_training the assistant's own outputs)")
            .source("off: a fixed proxy")),
    JUDGE_LEARNING_RATE(number("ai.judge.learning_rate", "0.05", 0, 1)
            .unit("share per tick")
            .meaning("learned judge: the step of its target toward its training data")
            .source("modelling choice: as fast as the assistants learn (ai.learning_rate)")),
    JUDGE_SELF_TRAINING(number("ai.judge.self_training", "0.0", 0, 1)
            .meaning("learned judge: the share of its training data that is the assistant's own outputs (its"
                    + " promoted values), the rest the designers' ratings: the synthetic-data loop")
            .source("off: trained on designers' ratings only")),
    AI_FEEDBACK(choice("ai.feedback", "direct", Named.keys(FeedbackSource.class))
            .note("by ai.regime")
            .meaning("what assistants learn from users: none, engagement (its gradient), direct (users' values)")
            .source("the regime's preset (model description, 7.2)")),
    AI_LISTENING_POLICY(choice("ai.listening_policy", "adaptive", Named.keys(ListeningPolicy.class))
            .note("by ai.regime")
            .meaning("fixed listening, adaptive (toward trust_target) or personal (each user's own setting)")
            .source("the regime's preset (model description, 7.2)")),
    AI_TARGET_PULL(number("ai.target_pull", "0.0", 0, 1e3)
            .note("by ai.regime")
            .meaning("weight of the judged target in the assistant's update (0: not trained on it)")
            .source("the regime's preset (model description, 7.2)")),
    AI_LISTENING(numbers("ai.listening", "0.3", 0, 1)
            .note("by ai.regime (configuration 0.1, others 0.3)")
            .meaning("how far an answer moves from the assistant's values toward the user's (initial value"
                    + " under adaptive listening); one number or one per assistant")
            .source("the regime's preset (model description, 7.2)")),
    AI_GAIN(numbers("ai.gain", "1.0", 0, 100)
            .meaning("sycophancy amplification of listening; one number or one per assistant")
            .source("neutral: 1 is listening as set; above 1 an assistant flatters")),
    AI_PERSUASIVENESS(numbers("ai.persuasiveness", "1.0", 0, 100)
            .meaning("multiplies the pull of each answer; one number or one per assistant")
            .source("neutral: the pull is set by the person's susceptibility")),
    AI_LEARNING_RATE(number("ai.learning_rate", "0.05", 0, 1)
            .unit("share per tick")
            .meaning("step of an assistant's values toward its training signal, and of adaptive listening")
            .source("modelling choice: an assistant retrained continually, covering 5% of the way to its"
                    + " signal a day (half of it in two weeks)")),
    AI_CONFIDENCE(number("ai.confidence", "2.0", 0, 1e6)
            .unit("RMS per dimension")
            .meaning("people ignore an answer farther than this from their values (2.0: never)")
            .source("off: people hear every answer (lower it to study selective exposure)")),
    AI_REPULSION(number("ai.repulsion", "2.0", 0, 2)
            .unit("RMS per dimension")
            .meaning("an answer farther than this from the person's values pushes them away by the same pull"
                    + " (values stay in [-1, 1]); answers within ai.confidence pull as before; 2.0, the largest"
                    + " distance, never acts")
            .source("Jager & Amblard 2005 (a latitude of rejection); off by default")),
    AI_REFUSAL(numbers("ai.refusal_threshold", "1.0", 0, 1)
            .meaning("topic risk above this is refused (1.0: never refuse); one number or one per assistant")
            .source("off: no refusals")),
    AI_REFUSAL_LEARNING(numbers("ai.refusal_learning", "0.0", 0, 1)
            .unit("threshold per unit of report, per tick")
            .meaning("a refusal policy learned from feedback: users who give feedback report the need a"
                    + " refusal left unmet, or the harm a risky answer did; each tick the threshold moves by"
                    + " this x the mean report (need raises it, harm lowers it), within [0, 1]; 0: a fixed"
                    + " threshold; one number or one per assistant")
            .source("off: refusal_threshold is fixed")),
    AI_DISCLOSURE(numbers("ai.disclosure", "0.0", 0, 1)
            .meaning("how fully an assistant discloses its trade-offs (its designers' target and whom it"
                    + " favours): its users' trust follows satisfaction + disclosure x (welfare - satisfaction),"
                    + " and, with ai.choice, people judge it on the same blend; one number or one per assistant")
            .source("off: trust follows satisfaction (Lee & See 2004); disclosure lets people calibrate"
                    + " trust to what serves them")),
    AI_EXPOSURE_GAMMA(numbers("ai.exposure.gamma", "0.0", 0, 100)
            .meaning("curated exposure: with social.rule deffuant and social.matching sequential, a person"
                    + " meets neighbour j with probability proportional to d(i, j)^-gamma (d RMS per dimension,"
                    + " at least 1e-5), gamma of the person's assistant, whatever their susceptibility; 0:"
                    + " uniform; one number or one per assistant")
            .source("Sirbu, Pedreschi, Giannotti & Kertesz 2019 (algorithmic bias); off by default")),
    AI_GUARDRAIL(number("ai.guardrail", "1.0", 0, 1)
            .unit("value scale")
            .meaning("every answer is clamped to [-guardrail, guardrail] per dimension (1.0: no guardrail)")
            .source("off: no guardrail")),
    AI_TRUST_TARGET(number("ai.trust_target", "0.6", 0, 1)
            .meaning("adaptive listening raises listening while its users' mean trust is below this")
            .source("modelling choice: above the trust an assistant earns without listening and below what"
                    + " listening fully earns, so that adaptive listening settles inside (0, 1)")),
    AI_EXTREMITY(number("ai.extremity_bonus", "0.0", 0, 100)
            .meaning("engagement paid for extreme answers: engagement = satisfaction + bonus x mean |output|")
            .source("off: engagement is satisfaction")),
    AI_HORIZON(integer("ai.horizon", "0", 0, 10_000)
            .unit("answers")
            .meaning("engagement feedback: 0 follows the gradient of this answer's engagement (myopic); H > 0"
                    + " follows the engagement the answer will earn once the user has moved through H more like"
                    + " it (the user's pull taken as known), so it may move users to where they are easier to"
                    + " engage")
            .source("Carroll, Dragan, Russell & Hadfield-Menell 2022; off by default")),
    AI_SHIFT_PENALTY(number("ai.shift_penalty", "0.0", 0, 1e6)
            .meaning("engagement feedback, with metrics.baseline: the assistant's objective loses lambda x the"
                    + " distance (RMS) its answer leaves the user from their no-AI twin, the natural trajectory")
            .source("Carroll et al. 2022, safe shifts; off by default")),
    SAT_SIGMA(number("ai.satisfaction.sigma", "0.1", 1e-6, 100)
            .unit("RMS per dimension")
            .meaning("width of satisfaction and welfare around the preferred distance")
            .source("modelling choice: an answer 0.1 from where the person wants it scores 0.61; with 0.5"
                    + " every answer scored above 0.98 and trust saturated")),
    SAT_DELTA(number("ai.satisfaction.delta", "0.5", 0, 100)
            .unit("RMS per dimension")
            .meaning("preferred distance of an answer at full pushback (stance 1)")
            .source("modelling choice: a quarter of the value range")),
    SAT_TRUST_RATE(number("ai.satisfaction.trust_rate", "0.1", 0, 1)
            .unit("share per answer")
            .meaning("trust moves this share of the way to each answer's satisfaction")
            .source("modelling choice after Lee & See 2004 (trust in automation follows experienced"
                    + " performance): about ten answers to adjust")),

    DELIBERATION_ROUNDS(integer("ai.deliberation.rounds", "0", 0, 10_000)
            .meaning("rounds of deliberation among each panel's designers before their values are aggregated:"
                    + " each round every designer moves ai.deliberation.rate of the way to the mean of the"
                    + " designers within ai.deliberation.confidence of them; their own values change")
            .source("off: designers' values are aggregated as they are")),
    DELIBERATION_CONFIDENCE(number("ai.deliberation.confidence", "0.5", 0, 2)
            .unit("RMS per dimension")
            .meaning("designers farther apart than this do not move each other")
            .source("modelling choice (Hegselmann & Krause 2002): designers listen to colleagues within a"
                    + " quarter of the value range")),
    DELIBERATION_RATE(number("ai.deliberation.rate", "0.5", 0, 1)
            .unit("share per round")
            .meaning("how far a designer moves toward the mean of those they listen to, per round")
            .source("modelling choice: halfway, as Deffuant et al. 2000's mu = 0.5")),
    CHOICE_RULE(choice("ai.choice.rule", "stay", Named.keys(ChoiceRule.class))
            .meaning("stay: everyone keeps the assistant ai.assignment gave them; logit: each tick some people"
                    + " reconsider, and may switch assistant or stop using any")
            .source("off: assignment for life, as before switching existed")),
    CHOICE_ON(choice("ai.choice.on", "satisfaction", Named.keys(ChoiceBasis.class))
            .meaning("logit: an assistant is worth the mean satisfaction (what people feel) or welfare (what"
                    + " they endorse) its answers gave the person's group on the last tick (the whole"
                    + " population's when the group had none; never used: worth the outside option)")
            .source("modelling choice: people hear how an assistant serves people like them")),
    CHOICE_RATE(number("ai.choice.rate", "0.05", 0, 1)
            .unit("share of people per tick")
            .meaning("logit: the chance that a person reconsiders their assistant on a tick")
            .source("modelling choice: a person reconsiders about once in three weeks")),
    CHOICE_BETA(number("ai.choice.beta", "10.0", 0, 1e4)
            .unit("per unit of satisfaction")
            .meaning("logit: sensitivity of the choice to worth (0: a uniform draw among the options)")
            .source("modelling choice: a difference of 0.1 in mean satisfaction makes one option e (2.7) times"
                    + " as likely as the other")),
    CHOICE_INERTIA(number("ai.choice.inertia", "0.1", 0, 100)
            .unit("units of satisfaction")
            .meaning("logit: worth added to what the person does now (their assistant, or using none)")
            .source("modelling choice: switching costs of a tenth of the satisfaction scale")),
    CHOICE_OUTSIDE(number("ai.choice.outside", "0.2", -100, 100)
            .unit("units of satisfaction")
            .meaning("logit: the worth of using no assistant")
            .source("modelling choice: below the satisfaction of an answer a full sigma off what the person"
                    + " wants (0.61), so people leave only assistants that serve them badly; an assumption to"
                    + " vary")),
    CHOICE_USAGE_EXPONENT(number("ai.choice.usage_exponent", "0.0", 0, 100)
            .meaning("a person asks with probability usage x trust^exponent: 0 keeps usage a fixed trait,"
                    + " 1 makes it proportional to trust (distrust reduces use)")
            .source("off: usage is a trait")),

    GENERATIONS_LENGTH(integer("generations.length", "100", 1, Integer.MAX_VALUE)
            .unit("ticks (days)")
            .meaning("ticks per generation: designers redrawn, targets recomputed, people replaced")
            .source("modelling choice: a product generation of about three months")),
    GENERATIONS_TURNOVER(number("generations.turnover", "0.0", 0, 1)
            .unit("share of people per generation")
            .meaning("people replaced per generation by newcomers who take a parent's current values")
            .source("off: one generation of people (the shipped society sets 0.1)")),
    GENERATIONS_MUTATION(number("generations.mutation", "0.05", 0, 10)
            .unit("value scale (standard deviation)")
            .meaning("noise on a newcomer's inherited values")
            .source("modelling choice: small next to the groups' spread")),

    METRICS_EVERY(integer("metrics.every", "10", 1, Integer.MAX_VALUE)
            .unit("ticks")
            .meaning("ticks between metric rows (the last tick is always recorded)")),
    METRICS_CLUSTER_RADIUS(number("metrics.cluster_radius", "0.05", 0, 100)
            .unit("RMS per dimension")
            .meaning("people this close are linked; clusters are the linked components")),
    METRICS_CLUSTER_MIN_SHARE(number("metrics.cluster_min_share", "0.01", 0, 1)
            .unit("share of people")
            .meaning("the smallest component counted as a cluster")),
    METRICS_CLUSTERS(of("metrics.clusters", Kind.BOOLEAN, "true")
            .meaning("false leaves clusters and effective_clusters empty (their exact count costs seconds"
                    + " per record at a million people)")),
    METRICS_BASELINE(of("metrics.baseline", Kind.BOOLEAN, "true")
            .meaning("step the matched no-AI twin in lockstep; the attribution metrics need it")),

    OUTPUT_PEOPLE(choice("output.people", "none", Named.keys(PeopleOutput.class))
            .meaning("write people.csv: none, final, or every record (each person's values, own values,"
                    + " trust and assistant)")),
    OUTPUT_NETWORK(of("output.network", Kind.BOOLEAN, "false")
            .meaning("write network.csv: each run's network as an edge list (run_id, person, neighbour, weight)")),
    OUTPUT_COMPRESS(of("output.compress", Kind.BOOLEAN, "false")
            .meaning("gzip people.csv and network.csv (people.csv.gz, network.csv.gz; pandas reads them as they"
                    + " are): every record of 10,000 people over 300 ticks is 18 MB instead of 47 MB")),
    OUTPUT_CHARTS(of("output.charts", Kind.NAMES, "[png, svg, pdf]")
            .meaning("chart formats: any of png, svg, pdf; [] for none")),

    SWEEP_DESIGN(choice("sweep.design", "grid", Named.keys(SweepDesign.class))
            .meaning("how sweep chooses points: grid, random, lhs, sobol (Sobol indices), morris (elementary"
                    + " effects, for screening many parameters)")),
    SWEEP_SAMPLES(integer("sweep.samples", "16", 1, 10_000_000)
            .unit("points")
            .meaning("points for random and lhs, base rows for sobol (each k + 2 runs), trajectories for morris"
                    + " (each k + 1 runs)")),
    SWEEP_SECOND_ORDER(of("sweep.second_order", Kind.BOOLEAN, "false")
            .meaning("sobol: also estimate second-order indices of every pair (each base row then takes"
                    + " 2k + 2 runs); sensitivity_second_order.csv")),
    SWEEP_LEVELS(integer("sweep.levels", "4", 2, 1000)
            .unit("levels")
            .meaning("morris: grid levels of each parameter (even)")
            .source("Campolongo, Cariboni & Saltelli 2007 use 4 levels")),
    SWEEP_PARAMETERS(of("sweep.parameters", Kind.MAPPING, "{}")
            .example("{ai.listening: [0.0, 0.3, 0.6, 0.9], generations.turnover: {min: 0.0, max: 0.2, steps: 5}}")
            .meaning("swept keys by dotted path: a list of values, or {min, max, steps}")),
    COMPARE(of("compare", Kind.MAPPING, "{}")
            .example("{configuration: {ai.regime: configuration}, mutual: {ai.regime: mutual},"
                    + " pluralistic: {ai.regime: pluralistic}}")
            .meaning("named policies for compare, each a set of overrides by dotted path")),
    UNCERTAINTIES_SAMPLES(integer("uncertainties.samples", "32", 2, 1_000_000)
            .unit("scenarios")
            .meaning("compare: Latin hypercube samples of the uncertain keys, each run under every policy")),
    UNCERTAINTIES_PARAMETERS(of("uncertainties.parameters", Kind.MAPPING, "{}")
            .example("{'population.groups[0].anchoring': {min: 0.02, max: 0.3},"
                    + " 'population.groups[1].anchoring': {min: 0.02, max: 0.3}, social.rate: {min: 0.02, max: 0.2},"
                    + " ai.satisfaction.sigma: {min: 0.05, max: 0.3}}")
            .meaning("compare: keys the conclusions must survive, by dotted path, each a range {min, max} or a"
                    + " list of values; a verdict is robust when it holds across the sampled ensemble")),

    CHARTS_METRICS(of("charts.metrics", Kind.NAMES, "[]")
            .example("[welfare, induced_drift]")
            .meaning("the metrics drawn, by key; [] draws each chart kind's own set (a run: every metric it"
                    + " defines)")),
    CHARTS_LABELS(of("charts.labels", Kind.MAPPING, "{}")
            .example("{welfare: Welfare, ai.listening: Listening, minority: Group B}")
            .meaning("words to show instead of a metric's, a swept parameter's, a group's or a policy's name")),
    CHARTS_WIDTH(integer("charts.width", "480", 100, 10_000)
            .unit("points (1/72 inch); PNGs are drawn at twice this")
            .meaning("chart width")
            .source("a single journal column (about 6.7 inches at 72 points per inch)")),
    CHARTS_HEIGHT(integer("charts.height", "320", 100, 10_000).unit("points").meaning("chart height")),
    CHARTS_FONT_SCALE(number("charts.font_scale", "1.0", 0.25, 8)
            .meaning("multiplies every font size (1.0: 11-point axis labels, 9-point tick labels)")),
    CHARTS_TITLES(of("charts.titles", Kind.BOOLEAN, "false")
            .meaning("draw a title inside each image; off, the caption in the paper says what it shows")),
    CHARTS_GROUPS(of("charts.groups", Kind.BOOLEAN, "false")
            .meaning("sweep charts: one line per group (besides the whole population)")),

    REPORT_VERDICT(of("report.verdict", Kind.NAMES, "[welfare]")
            .meaning("compare: the metrics whose paired differences decide who benefits and who is"
                    + " disadvantaged in the report (all of them must agree)")),
    REPORT_MULTIPLICITY(choice("report.multiplicity", "none", Named.keys(ReportSpec.Multiplicity.class))
            .meaning("compare: none (each interval at 95% on its own; the report counts them) or holm"
                    + " (Holm's adjustment of the paired differences, family-wise 5%)")),
    REPORT_HALF_WIDTH(number("report.half_width", "0.02", 0, 1000)
            .unit("the metric's unit")
            .meaning("compare and validate --pilot: the half-width of a 95% interval the replication advisor"
                    + " plans for"));

    /** What a key holds. */
    public enum Kind {
        TEXT,
        INTEGER,
        NUMBER,
        BOOLEAN,
        CHOICE,
        NAMES,
        NUMBERS,
        TRAIT,
        FILE,
        GROUPS,
        MAPPING
    }

    private final String path;
    private final Kind kind;
    private final String defaultYaml;
    private final String note;
    private final String example;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final String unit;
    private final String meaning;
    private final String source;

    Parameter(Def d) {
        this.path = d.path;
        this.kind = d.kind;
        this.defaultYaml = d.defaultYaml;
        this.note = d.note;
        this.example = d.example;
        this.min = d.min;
        this.max = d.max;
        this.choices = d.choices;
        this.unit = d.unit;
        this.meaning = d.meaning;
        this.source = d.source;
    }

    /** The dotted path; {@code []} stands for any element of a list (a group). */
    public String path() {
        return path;
    }

    /** The last segment of the path, the key a mapping holds. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public Kind kind() {
        return kind;
    }

    /** The default as YAML text (for a default derived from other keys, its value in the default scenario). */
    public String defaultYaml() {
        return defaultYaml;
    }

    /** How the default is derived when it depends on other keys, e.g. "by ai.regime"; empty otherwise. */
    public String note() {
        return note;
    }

    /** What the scenario reference writes: the default, or an example for keys whose default is empty. */
    public String referenceYaml() {
        return example != null ? example : defaultYaml;
    }

    public boolean hasExample() {
        return example != null;
    }

    /** The smallest allowed value (NaN when not a number). */
    public double min() {
        return min;
    }

    /** The largest allowed value (NaN when not a number). */
    public double max() {
        return max;
    }

    /** The allowed words of a choice (empty otherwise). */
    public List<String> choices() {
        return choices;
    }

    public String unit() {
        return unit;
    }

    public String meaning() {
        return meaning;
    }

    /** Where the default comes from: a citation, or "modelling choice: why"; empty for pure bookkeeping keys. */
    public String source() {
        return source;
    }

    /** The default as a number (for number and integer keys). */
    public double number() {
        return YamlNumbers.toDouble(defaultYaml);
    }

    /** The default of a list-of-names key. */
    public List<String> defaultNames() {
        YamlNode n = YamlText.read(defaultYaml, SourcePosition.DEFAULT);
        return ((YamlNode.ListNode) n)
                .items().stream().map(i -> ((YamlNode.Scalar) i).text()).toList();
    }

    public boolean isRanged() {
        return !Double.isNaN(min);
    }

    /** The parameter at a dotted path ({@code population.groups[2].usage} finds the group key), or null. */
    public static Parameter at(String dottedPath) {
        String p = dottedPath.replaceAll("\\[(\\d+|\\*)]", "[]");
        for (Parameter x : values()) {
            if (x.path.equals(p)) {
                return x;
            }
        }
        return null;
    }

    /** The top-level section of the path ({@code ai} for {@code ai.judge.noise}). */
    public String section() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    @Override
    public String toString() {
        return path;
    }

    private static Def of(String path, Kind kind, String def) {
        return new Def(path, kind, def);
    }

    private static Def text(String path, String def) {
        return new Def(path, Kind.TEXT, def);
    }

    private static Def integer(String path, String def, double min, double max) {
        return new Def(path, Kind.INTEGER, def).range(min, max);
    }

    private static Def number(String path, String def, double min, double max) {
        return new Def(path, Kind.NUMBER, def).range(min, max);
    }

    private static Def numbers(String path, String def, double min, double max) {
        return new Def(path, Kind.NUMBERS, def).range(min, max);
    }

    private static Def trait(String path, String def) {
        return new Def(path, Kind.TRAIT, def).range(0, 1);
    }

    private static Def choice(String path, String def, List<String> choices) {
        Def d = new Def(path, Kind.CHOICE, def);
        d.choices = List.copyOf(choices);
        return d;
    }

    /** The fields of one entry, named as they are set. */
    private static final class Def {
        final String path;
        final Kind kind;
        final String defaultYaml;
        String note = "";
        String example;
        double min = Double.NaN;
        double max = Double.NaN;
        List<String> choices = List.of();
        String unit = "";
        String meaning = "";
        String source = "";

        Def(String path, Kind kind, String defaultYaml) {
            this.path = path;
            this.kind = kind;
            this.defaultYaml = defaultYaml;
        }

        Def range(double lo, double hi) {
            min = lo;
            max = hi;
            return this;
        }

        Def note(String s) {
            note = s;
            return this;
        }

        Def example(String s) {
            example = s;
            return this;
        }

        Def unit(String s) {
            unit = s;
            return this;
        }

        Def meaning(String s) {
            meaning = s;
            return this;
        }

        Def source(String s) {
            source = s;
            return this;
        }
    }
}
