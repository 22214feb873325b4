package io.github.articlecard;

import java.time.Instant;
import java.util.List;

/**
 * The content of ../shared/corpus/seed/2021-03-14-facebook-will-use-your-uploaded-videos.md, built
 * with the builders field by field: proof that the model can express the seed card.
 */
final class SeedCard {
  private SeedCard() {}

  static ArticleCard build() {
    return ArticleCard.builder()
        .category(Category.NEWS)
        .title("Facebook will use your uploaded videos to improve its AI algorithms")
        .excerpt("The company said it would help improve both its moderation efforts and recommendation"
            + " engines for video.In its blog post, Facebook said the algorithms will learn 'themes'"
            + " from the videos users watch a")
        .publishedDateTime(Instant.parse("2021-03-14T13:26:00Z"))
        .originalUrl("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms-11615727765901.html")
        .webUrl("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms-11615727765901.html")
        .ampWebUrl(Url.of("https://www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html"))
        .cdnAmpWebUrl(Url.of("https://www-livemint-com.cdn.ampproject.org/c/s/www.livemint.com/companies/news/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms/amp-11615727765901.html"))
        .type(ContentType.ARTICLE)
        .quality(59)
        .heat(-1)
        .published(false)
        .provider(Provider.of("Mint", "livemint.com"))
        .topics(List.of("Facebook AI", "AI"))
        .addImage(Image.builder()
            .url("https://images.livemint.com/img/2021/03/14/600x338/4ee21dd9f024465c9886ff7b88ee0679-4ee21dd9f024465c9886ff7b88ee0679-0_1615727938422_1615728025114.jpg")
            .width(600).height(337).isCached(true).build())
        .addRelated(related(
            "AI Weekly: Facebook, Google, and the tension between profits and fairness",
            "Learn more. This week, we learned a lot more about the inner workings of AI fairness and"
                + " ethics operations at Facebook and Google and how things have gone wrong. On Monday,"
                + " a Google employee group ...",
            "2021-03-12T20:17:00Z",
            "https://venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/")
            .ampWebUrl(Url.of("https://venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/amp/"))
            .cdnAmpWebUrl(Url.of("https://venturebeat-com.cdn.ampproject.org/c/s/venturebeat.com/2021/03/12/ai-weekly-facebook-google-and-the-tension-between-profits-and-fairness/amp/"))
            .provider(Provider.of("VentureBeat", "venturebeat.com"))
            .quality(90)
            .addImage(cached("https://venturebeat.com/wp-content/uploads/2019/05/facebook-ai.jpg?w=1200&strip=all", 1200, 600))
            .build())
        .addRelated(related(
            "Facebook will train its AI by using public videos",
            "The social network says the project, called Learning from Videos, will \"help us"
                + " continuously improve our core AI systems for applications like content"
                + " recommendation and policy enforcement.\" It'll also enable new applications, the"
                + " company added. \"",
            "2021-03-12T21:41:00Z",
            "https://www.cnet.com/news/facebook-will-train-its-ai-by-using-public-videos/")
            .ampWebUrl(Url.of("https://www.cnet.com/google-amp/news/facebook-will-train-its-ai-by-using-public-videos/"))
            .cdnAmpWebUrl(Url.of("https://www-cnet-com.cdn.ampproject.org/c/s/www.cnet.com/google-amp/news/facebook-will-train-its-ai-by-using-public-videos/"))
            .provider(Provider.of("CNET", "cnet.com"))
            .quality(87)
            .addImage(cached("https://cnet1.cbsistatic.com/img/qQr3vJP8lfNUUjdSYnsCkPjpyRo=/1200x630/2021/02/09/3b350071-97a3-4d7b-ab0c-accf39ebbd3c/facebook-app-logo-social-media-2589.jpg", 1200, 630))
            .build())
        .addRelated(related(
            "Facebook\u2019s computer vision system supervises its own learning process",
            "Facebook AI researchers wrote in a blog that they have developed SEER"
                + " (SElf-supERvised). This is one-of-a-kind billion-parameter self-supervised"
                + " computer vision model. This model has all the potential to learn from any random"
                + " group of images on the internet.",
            "2021-03-13T17:53:00Z",
            "https://www.analyticsinsight.net/facebooks-computer-vision-system-supervises-its-own-learning-process/")
            .provider(Provider.of("Analytics Insight", "analyticsinsight.net"))
            .quality(39)
            .addImage(cached("https://analyticsinsight.b-cdn.net/wp-content/uploads/2021/03/1280-facebook.jpeg", 1280, 720))
            .build())
        .addRelated(related(
            "Facebook will use your uploaded videos to improve its AI algorithms",
            "but the company did tell The Verge that it won\u2019t seek special permission from users"
                + " to use their videos as training data for AI. The company\u2019s data policy informs"
                + " users that uploaded content can be used by Facebook for research and development.",
            "2021-03-16T11:06:00Z",
            "https://www.thestar.com.my/tech/tech-news/2021/03/16/facebook-will-use-your-uploaded-videos-to-improve-its-ai-algorithms")
            .provider(Provider.of("The Star", "thestar.com.my"))
            .quality(39)
            .addImage(cached("https://apicms.thestar.com.my/uploads/images/2021/03/16/1079540.jpg", 1240, 837))
            .build())
        .secured(Secured.of("b24SugAOKO8pztTI6vqtW0YSFna2H2YcUTZ7xewb1jgF4W4J4j/pTUt1UUsAqzcAwYaGxQXbKFEB1EJu3Q5Bh5M1rUn33a6Barf/2oeMwgHAC+lbZLsKfJYBCvXeThQGP7noJMBlVXROndw/wtmxGDboZSVPdxa4uecGdwr9y8t3KRhVi4ICHcVU9mpmBQQ3ru02x5AMkFScH+y/MiymEsy1gVITpLSp136HPQkKIcmFAsk20HzFt1kQzI0P5KObX3CH0oUWKST4Cc/vxk/ECPlrjZ+0wUv7U8AYLhj7szWoUycPPY31I/djdAeP3bzxonvciMRnyKXZ1+dj+41DDoQgiySrIw8TaZzJjNuy9o0rhRRokYSFlnp6H0GZmXAlOqaZsRZI1RhjfF8Sznx8U43hKq3zmwbs9FLWD7EZZbPE9+7EmI5OoEIh2ozaPZGH4PM/+RB7E0DROB/mQxfccqAy5H0XvbLKhSHktQBUNsyBTzXtVSlYScLNSu953djQk07Z6r+OXKywPCfPAWAUeA==;Hkkyzn3YYuPEhdTPyESv3w=="))
        .body("\n")
        .build();
  }

  private static RelatedArticle.Builder related(String title, String excerpt, String published, String webUrl) {
    return RelatedArticle.builder().title(title).excerpt(excerpt)
        .publishedDateTime(Instant.parse(published)).webUrl(webUrl).type(ContentType.ARTICLE);
  }

  private static Image cached(String url, int width, int height) {
    return Image.builder().url(url).width(width).height(height).isCached(true).build();
  }
}
